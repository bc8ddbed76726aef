// The covering letter and the file format. Nothing here is cleared by an error: the
// organizer corrects what is wrong and builds again.
import { useId, type FormEvent, type RefObject } from 'react';
import type { CompilationFormat } from './compilationApi';
import { letterTitle, type CompilationDraft, type DraftProblems } from './CompilationDraft';
import { FormField } from './FormField';
import { t } from '../i18n/messages/compilation';

const FORMATS: { format: CompilationFormat; label: string }[] = [
  { format: 'docx', label: t('form.word') },
  { format: 'pdf', label: t('form.pdf') },
];

interface CompilationFormProps {
  draft: CompilationDraft;
  problems: DraftProblems;
  busy: boolean;
  submitRef: RefObject<HTMLButtonElement | null>;
  onChange: (patch: Partial<CompilationDraft>) => void;
  onSubmit: () => void;
}

export function CompilationForm(props: CompilationFormProps) {
  const { draft, problems, busy, submitRef, onChange, onSubmit } = props;
  const formatName = useId();
  const title = letterTitle(draft);

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  return (
    <form className="compilation-form" onSubmit={submit} noValidate aria-busy={busy}>
      <div className="field-row">
        <FormField label={t('form.from')} error={problems.from}>
          {(control) => (
            <input
              {...control}
              value={draft.from}
              onChange={(e) => onChange({ from: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('form.to')} error={problems.to}>
          {(control) => (
            <input
              {...control}
              value={draft.to}
              onChange={(e) => onChange({ to: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('form.date')} error={problems.date} className="field--date">
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.date}
              onChange={(e) => onChange({ date: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <FormField label={t('form.text')} hint={t('form.textHint')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={draft.text}
            onChange={(e) => onChange({ text: e.target.value })}
          />
        )}
      </FormField>
      <p className="compilation-form__title">
        {title ? (
          <>
            <span className="compilation-form__title-label">{t('form.titleLabel')}</span>
            {title}
          </>
        ) : null}
      </p>
      <div className="compilation-form__actions">
        <fieldset className="choice-group">
          <legend>{t('form.saveAs')}</legend>
          {FORMATS.map(({ format, label }) => (
            <label key={format} className="choice-group__option">
              <input
                type="radio"
                name={formatName}
                value={format}
                checked={draft.format === format}
                onChange={() => onChange({ format })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <button
          ref={submitRef}
          type="submit"
          className="button button--primary"
          aria-disabled={busy || undefined}
        >
          {t('form.build')}
        </button>
      </div>
    </form>
  );
}
