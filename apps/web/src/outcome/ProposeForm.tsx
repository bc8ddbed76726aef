import { useId, useState, type FormEvent } from 'react';
import { outcomeApi, type AmendmentAction } from './outcomeApi';
import { useOutcomeAction } from './useOutcomeAction';
import { t } from '../i18n/messages/outcome';

/** A delegation's amendment to one paragraph, with a short justification. */
export function ProposeForm({
  debateId,
  paragraph,
  currentText,
  delegations,
  onDone,
  onCancel,
}: {
  debateId: string;
  paragraph: number;
  currentText: string;
  delegations: { id: string; name: string }[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const [delegationId, setDelegationId] = useState(delegations[0]?.id ?? '');
  const [action, setAction] = useState<AmendmentAction>('replace');
  const [text, setText] = useState(currentText);
  const [justification, setJustification] = useState('');
  const { busy, error, run } = useOutcomeAction(onDone);
  const ids = { who: useId(), what: useId(), text: useId(), why: useId() };

  function submit(event: FormEvent): void {
    event.preventDefault();
    void run(() =>
      outcomeApi.propose(debateId, {
        delegationId,
        paragraph,
        action,
        proposedText: action === 'delete' ? '' : text,
        justification,
      }),
    );
  }

  return (
    <form
      className="outcome-form"
      onSubmit={submit}
      aria-busy={busy}
      aria-label={t('propose.label', { number: paragraph })}
    >
      {delegations.length > 1 ? (
        <div className="field">
          <label htmlFor={ids.who}>{t('propose.inTheNameOf')}</label>
          <select
            id={ids.who}
            value={delegationId}
            onChange={(e) => setDelegationId(e.target.value)}
          >
            {delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={ids.what}>{t('propose.amendment')}</label>
        <select
          id={ids.what}
          value={action}
          onChange={(e) => setAction(e.target.value as AmendmentAction)}
        >
          <option value="replace">{t('propose.replace')}</option>
          <option value="insert_after">{t('propose.insertAfter')}</option>
          <option value="delete">{t('propose.delete')}</option>
        </select>
      </div>
      {action === 'delete' ? null : (
        <div className="field">
          <label htmlFor={ids.text}>{t('propose.text')}</label>
          <textarea id={ids.text} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.why}>{t('propose.justification')}</label>
        <input
          id={ids.why}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
          placeholder={t('propose.justificationPlaceholder')}
        />
      </div>
      <div className="outcome-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('propose.submit')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('propose.cancel')}
        </button>
      </div>
      <p className="field__error" role="alert">
        {error}
      </p>
    </form>
  );
}
