import { useId, useState } from 'react';
import { outcomeApi, type Amendment } from './outcomeApi';
import { useOutcomeAction } from './useOutcomeAction';
import { t } from '../i18n/messages/outcome';
import { interleave } from '../i18n/interleave';

const ACTION_LABEL = {
  replace: t('amendment.replace'),
  insert_after: t('amendment.insert_after'),
  delete: t('amendment.delete'),
} as const;

/** One amendment: the proposal, who supports or objects, and the penholder's decision. */
export function AmendmentCard({
  amendment,
  myDelegations,
  canDecide,
  canTakePosition,
  onDone,
}: {
  amendment: Amendment;
  myDelegations: { id: string; name: string; role: string }[];
  canDecide: boolean;
  canTakePosition: boolean;
  onDone: () => void;
}) {
  const { busy, error, run } = useOutcomeAction(onDone);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(amendment.proposedText);
  const editId = useId();
  const supporters = amendment.positions.filter((p) => p.stance === 'support');
  const objections = amendment.positions.filter((p) => p.stance === 'object');
  const speakers = myDelegations.filter(
    (d) => d.id !== amendment.delegationId && d.role !== 'viewer',
  );
  const open = amendment.status === 'proposed';

  return (
    <article
      className={`amendment amendment--${amendment.status}`}
      aria-label={t('amendment.label', { name: amendment.delegationName })}
    >
      <p className="amendment__head">
        {interleave(t('amendment.proposes'), {
          name: <strong>{amendment.delegationName}</strong>,
          action: ACTION_LABEL[amendment.action],
        })}
        {amendment.status !== 'proposed' ? (
          <span className={`badge badge--${amendment.status}`}>
            {amendment.status === 'accepted' ? t('amendment.accepted') : t('amendment.rejected')}
          </span>
        ) : null}
      </p>
      {amendment.action === 'delete' ? null : (
        <blockquote className="amendment__text">{amendment.proposedText}</blockquote>
      )}
      {amendment.decidedText && amendment.decidedText !== amendment.proposedText ? (
        <p className="amendment__decided">
          {t('amendment.reformulated', { text: amendment.decidedText })}
        </p>
      ) : null}
      <p className="muted">{amendment.justification}</p>
      <p className="amendment__positions">
        {supporters.length > 0 ? (
          <span>
            {t('amendment.support', { names: supporters.map((p) => p.delegationName).join(', ') })}
          </span>
        ) : null}
        {objections.map((p) => (
          <span key={p.delegationId} className="amendment__objection">
            {t('amendment.objection', {
              name: p.delegationName,
              comment: p.comment ? t('amendment.comment', { comment: p.comment }) : '',
            })}
          </span>
        ))}
      </p>
      {open && canTakePosition
        ? speakers.map((d) => (
            <div
              key={d.id}
              className="amendment__actions"
              role="group"
              aria-label={t('amendment.position', { name: d.name })}
            >
              {(['support', 'object'] as const).map((stance) => (
                <button
                  key={stance}
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  onClick={() =>
                    void run(() =>
                      outcomeApi.position(amendment.id, {
                        delegationId: d.id,
                        stance,
                        comment: '',
                      }),
                    )
                  }
                >
                  {t(stance === 'support' ? 'amendment.supportButton' : 'amendment.objectButton', {
                    who: speakers.length > 1 ? t('amendment.who', { name: d.name }) : '',
                  })}
                </button>
              ))}
            </div>
          ))
        : null}
      {open && canDecide ? (
        <div className="amendment__actions" role="group" aria-label={t('amendment.decision')}>
          <button
            type="button"
            className="button button--small button--primary"
            disabled={busy}
            onClick={() => void run(() => outcomeApi.decide(amendment.id, { decision: 'accept' }))}
          >
            {t('amendment.accept')}
          </button>
          {amendment.action !== 'delete' && amendment.suggestionId === null ? (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => setEditing(!editing)}
              aria-expanded={editing}
            >
              {t('amendment.acceptWithEdits')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small button--danger-text"
            disabled={busy}
            onClick={() => void run(() => outcomeApi.decide(amendment.id, { decision: 'reject' }))}
          >
            {t('amendment.reject')}
          </button>
        </div>
      ) : null}
      {editing ? (
        <form
          className="outcome-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => outcomeApi.decide(amendment.id, { decision: 'accept', text }));
          }}
        >
          <label htmlFor={editId}>{t('amendment.reformulation')}</label>
          <textarea id={editId} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="button button--primary button--small" disabled={busy}>
            {t('amendment.acceptReformulated')}
          </button>
        </form>
      ) : null}
      <p className="field__error" role="alert">
        {error}
      </p>
    </article>
  );
}
