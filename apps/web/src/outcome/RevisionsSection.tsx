import { useId, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { Redline } from '../versions/Redline';
import type { RedlinePart } from '../versions/versionsApi';
import { outcomeApi, type OutcomeOverview, type Revision } from './outcomeApi';
import { useOutcomeAction } from './useOutcomeAction';
import { t } from '../i18n/messages/outcome';
import { Section } from '../ui/Section';

const STATUS: Record<Revision['status'], string> = {
  circulated: t('revisions.circulated'),
  silence: t('revisions.silence'),
  silence_broken: t('revisions.silence_broken'),
  adopted: t('revisions.adopted'),
};

/** The circulated revisions, each with its redline; the penholder circulates and calls silence. */
export function RevisionsSection({
  debateId,
  view,
  onDone,
}: {
  debateId: string;
  view: OutcomeOverview;
  onDone: () => void;
}) {
  const { busy, error, run } = useOutcomeAction(onDone);
  const [shown, setShown] = useState<{
    id: string;
    redline: RedlinePart[] | null;
    text: string;
  } | null>(null);
  const [deadline, setDeadline] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const deadlineId = useId();
  const next =
    view.revisions.length === 0
      ? t('revisions.zeroDraft')
      : t('revisions.rev', { number: view.revisions.length });

  async function show(revision: Revision): Promise<void> {
    if (shown?.id === revision.id) return setShown(null);
    try {
      setShown({ id: revision.id, ...(await outcomeApi.revision(debateId, revision.id)) });
    } catch (failure) {
      setLoadError(errorMessage(failure));
    }
  }

  return (
    <Section title={t('revisions.title')}>
      {view.revisions.length === 0 ? <p className="hint-card">{t('revisions.none')}</p> : null}
      <ol className="revision-list">
        {view.revisions.map((revision) => (
          <li key={revision.id}>
            <button
              type="button"
              className="button button--link"
              aria-expanded={shown?.id === revision.id}
              onClick={() => void show(revision)}
            >
              {revision.name}
            </button>{' '}
            <span className={`badge badge--${revision.status}`}>{STATUS[revision.status]}</span>
            {revision.silenceBrokenReason ? (
              <span className="muted"> — {revision.silenceBrokenReason}</span>
            ) : null}{' '}
            <a href={outcomeApi.exportUrl(debateId, 'revision', 'docx', revision.id)}>DOCX</a>{' '}
            <a href={outcomeApi.exportUrl(debateId, 'revision', 'pdf', revision.id)}>PDF</a>
            {revision.number > 0 ? (
              <>
                {' '}
                <a href={outcomeApi.exportUrl(debateId, 'redline', 'docx', revision.id)}>
                  {t('revisions.redline')}
                </a>
              </>
            ) : null}
            {shown?.id === revision.id ? (
              shown.redline ? (
                <div className="revision-redline">
                  <Redline parts={shown.redline} />
                </div>
              ) : (
                <div className="statement-body revision-redline">
                  {shown.text.split('\n\n').map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                </div>
              )
            ) : null}
          </li>
        ))}
      </ol>
      <p className="field__error" role="alert">
        {loadError}
      </p>
      <p>
        <a href={outcomeApi.exportUrl(debateId, 'compilation', 'docx')}>
          {t('revisions.compilation')}
        </a>
      </p>
      {view.abilities['outcome.circulate'] ? (
        <div className="outcome-form">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void run(() => outcomeApi.circulate(debateId))}
          >
            {t('revisions.circulate', { next })}
          </button>
          {view.revisions.length > 0 ? (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void run(() => outcomeApi.startSilence(debateId, new Date(deadline).toISOString()));
              }}
            >
              <label htmlFor={deadlineId}>
                {t('revisions.silenceUntil', { name: view.revisions.at(-1)?.name ?? '' })}
              </label>
              <input
                id={deadlineId}
                type="datetime-local"
                value={deadline}
                onChange={(e) => setDeadline(e.target.value)}
              />
              <button type="submit" className="button" disabled={busy || !deadline}>
                {t('revisions.putUnderSilence')}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
      <p className="field__error" role="alert">
        {error}
      </p>
    </Section>
  );
}
