import { useId, useState } from 'react';
import { outcomeApi, type OutcomeOverview } from './outcomeApi';
import { useOutcomeAction } from './useOutcomeAction';
import { t } from '../i18n/messages/outcome';

const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Under silence: the deadline, and for other delegations' drafters, breaking silence. */
export function SilenceBanner({
  debateId,
  view,
  onDone,
}: {
  debateId: string;
  view: OutcomeOverview;
  onDone: () => void;
}) {
  const { outcome, revisions, myDelegations } = view;
  const { busy, error, run } = useOutcomeAction(onDone);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const breakers = myDelegations.filter(
    (d) => d.role === 'drafter' && d.id !== outcome.penholderDelegationId,
  );
  const adopted = revisions.find((r) => r.status === 'adopted');
  if (outcome.status === 'adopted')
    return (
      <div className="notice notice--info" role="status">
        <p className="notice__title">
          {t('silence.adopted', {
            name: adopted ? t('silence.adoptedName', { name: adopted.name }) : '',
          })}
        </p>
        <p>
          {t('silence.passed', {
            when: adopted?.adoptedAt ? t('silence.on', { when: when(adopted.adoptedAt) }) : '',
          })}
        </p>
      </div>
    );
  if (outcome.status !== 'silence' || !outcome.silenceDeadline) return null;
  const revision = revisions.find((r) => r.id === outcome.silenceRevisionId);
  return (
    <div className="notice notice--warning silence-banner" role="status">
      <p className="notice__title">
        {t('silence.until', {
          name: revision?.name ?? t('silence.theText'),
          when: when(outcome.silenceDeadline),
        })}
      </p>
      <p>{t('silence.lead')}</p>
      {breakers[0] ? (
        <form
          className="outcome-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() =>
              outcomeApi.breakSilence(debateId, { delegationId: breakers[0]!.id, reason }),
            );
          }}
        >
          <label htmlFor={reasonId}>{t('silence.reason', { name: breakers[0].name })}</label>
          <input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" className="button button--danger" disabled={busy || !reason.trim()}>
            {t('silence.break')}
          </button>
          <p className="field__error" role="alert">
            {error}
          </p>
        </form>
      ) : null}
    </div>
  );
}
