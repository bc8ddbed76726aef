// Above the sheet: where the statement stands in the clearance workflow, what happens
// next, and the status changes the person may make now.
import { useRef, useState, type ReactNode } from 'react';
import { errorMessage } from '../api/ApiError';
import type { Statement } from '../api/statementsApi';
import type { Debate, DelegationRole } from '../debates/debatesApi';
import { ErrorNotice } from '../ui/ErrorNotice';
import { offersFor, type ActionOffer } from './availableActions';
import { describeStatus, STATUS_LABEL } from './describeStatus';
import { fetchReadiness } from './readinessApi';
import type { ReadinessWarning } from './readinessWarnings';
import { SentBackNotice } from './SentBackNotice';
import { StatusBadge } from './StatusBadge';
import { workflowApi } from './workflowApi';
import { lazyDialog } from '../ui/lazyDialog';
import { t } from '../i18n/messages/workflow';

// The dialogs, and the wording of the readiness warnings, load when a status change asks.
const ReadinessDialog = lazyDialog(
  () => import('./ReadinessDialog'),
  'ReadinessDialog',
  (props) => props.offer !== null,
);
const TransitionDialog = lazyDialog(
  () => import('./TransitionDialog'),
  'TransitionDialog',
  (props) => props.offer !== null,
);
const loadWarnings = () => import('./readinessWarnings');

interface StatusBarProps {
  statement: Statement;
  role: DelegationRole | null;
  debate: Debate | null;
  /** The text changed after clearance: offer the redline against the cleared version. */
  editedAfterClearance: boolean;
  onShowChangesSinceClearance: () => void;
  onStatement: (statement: Statement) => void;
  /** Further tools at the end of the bar (history, export). */
  children?: ReactNode;
  /** Suggestions still open in the text on this device (clearing says how many stay). */
  openSuggestions?: number;
}

export function StatusBar(props: StatusBarProps) {
  const { statement, role, debate, onStatement, children } = props;
  const [asking, setAsking] = useState<ActionOffer | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [checking, setChecking] = useState<{
    offer: ActionOffer;
    warnings: ReadinessWarning[];
  } | null>(null);
  const bar = useRef<HTMLElement>(null);
  const { next } = describeStatus(statement.status, role, statement.revision);

  async function run(offer: ActionOffer, comment?: string): Promise<void> {
    setBusy(offer.action);
    setError(null);
    setDialogError(null);
    try {
      onStatement(await workflowApi.transition(statement.id, offer.action, comment));
      setAsking(null);
      // The button pressed gives way to the next status's buttons; keep the keyboard here.
      requestAnimationFrame(() => bar.current?.focus());
    } catch (failure) {
      if (offer.ask === 'nothing') setError(errorMessage(failure));
      else setDialogError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  }

  function proceed(offer: ActionOffer): void {
    if (offer.ask === 'nothing') void run(offer);
    else {
      setDialogError(null);
      setAsking(offer);
    }
  }

  /** Sending for review and submitting first show what still looks unfinished. */
  async function start(offer: ActionOffer): Promise<void> {
    const open = props.openSuggestions ?? 0;
    if (offer.action === 'clear' && open > 0) {
      let warning: ReadinessWarning;
      try {
        warning = (await loadWarnings()).openSuggestionsWarning(open);
      } catch (failure) {
        setError(errorMessage(failure));
        return;
      }
      setChecking({ offer, warnings: [warning] });
      return;
    }
    if (offer.action !== 'send_for_review' && offer.action !== 'submit') return proceed(offer);
    setBusy(offer.action);
    setError(null);
    let warnings: ReadinessWarning[];
    try {
      const [{ readinessWarnings }, readiness] = await Promise.all([
        loadWarnings(),
        fetchReadiness(statement.id),
      ]);
      warnings = readinessWarnings(readiness);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(null);
      return;
    }
    setBusy(null);
    if (warnings.length > 0) setChecking({ offer, warnings });
    else proceed(offer);
  }

  return (
    <section ref={bar} className="status-bar" aria-label={t('bar.label')} tabIndex={-1}>
      <div className="status-bar__row">
        <StatusBadge status={statement.status} revision={statement.revision} />
        <p className="status-bar__next">
          {props.editedAfterClearance ? (
            <>
              <strong>{t('bar.editedAfterClearance')}</strong> —{' '}
              <button
                type="button"
                className="button--link"
                onClick={props.onShowChangesSinceClearance}
              >
                {t('bar.seeChanges')}
              </button>
            </>
          ) : (
            next
          )}
        </p>
        <div className="status-bar__actions">
          {offersFor(statement.abilities?.transitions).map((offer) => (
            <button
              key={offer.action}
              type="button"
              className={`button button--small${offer.primary ? ' button--primary' : ''}`}
              disabled={busy !== null}
              onClick={() => void start(offer)}
            >
              {busy === offer.action && offer.ask === 'nothing' ? t('bar.working') : offer.label}
            </button>
          ))}
          {children}
        </div>
      </div>
      {statement.status === 'draft' && statement.sentBack ? (
        <SentBackNotice sentBack={statement.sentBack} />
      ) : null}
      <ErrorNotice message={error} />
      {/* Status changes by colleagues arrive live; say them, not only show them. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {t('bar.announce', { status: STATUS_LABEL[statement.status] })}
      </p>
      <ReadinessDialog
        offer={checking?.offer ?? null}
        warnings={checking?.warnings ?? []}
        onCancel={() => setChecking(null)}
        onContinue={() => {
          const offer = checking?.offer;
          setChecking(null);
          if (offer) proceed(offer);
        }}
      />
      <TransitionDialog
        offer={asking}
        statement={statement}
        debate={debate}
        busy={busy !== null}
        error={dialogError}
        onConfirm={(comment) => asking && void run(asking, comment)}
        onCancel={() => setAsking(null)}
      />
    </section>
  );
}
