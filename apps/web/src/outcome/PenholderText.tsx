import { useId, useState } from 'react';
import { outcomeApi, type OutcomeOverview } from './outcomeApi';
import { useOutcomeAction } from './useOutcomeAction';
import { t } from '../i18n/messages/outcome';

/** The penholder writes or rewrites the text: one paragraph per block, a blank line between. */
export function PenholderText({
  debateId,
  view,
  onDone,
}: {
  debateId: string;
  view: OutcomeOverview;
  onDone: () => void;
}) {
  const current = view.paragraphs.map((p) => p.text).join('\n\n');
  const [open, setOpen] = useState(view.paragraphs.length === 0);
  const [text, setText] = useState(current);
  const { busy, error, run } = useOutcomeAction(() => {
    setOpen(false);
    onDone();
  });
  const textId = useId();
  if (!view.abilities['outcome.editText']) return null;
  if (!open)
    return (
      <button
        type="button"
        className="button"
        onClick={() => {
          setText(current);
          setOpen(true);
        }}
      >
        {t('penholder.edit')}
      </button>
    );
  return (
    <form
      className="outcome-form"
      aria-label={t('penholder.label')}
      onSubmit={(event) => {
        event.preventDefault();
        void run(() =>
          outcomeApi.setText(
            debateId,
            text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()),
          ),
        );
      }}
    >
      <label htmlFor={textId}>{t('penholder.text')}</label>
      <textarea id={textId} rows={12} value={text} onChange={(e) => setText(e.target.value)} />
      <p className="field__hint">{t('penholder.hint')}</p>
      <div className="outcome-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('penholder.save')}
        </button>
        {view.paragraphs.length > 0 ? (
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
            {t('penholder.cancel')}
          </button>
        ) : null}
      </div>
      <p className="field__error" role="alert">
        {error}
      </p>
    </form>
  );
}
