// The compilation document, as the UN issues it (e.g. S/2020/736): a covering letter,
// the list of contributors, then every submitted statement as an annex.
import { useRef, useState } from 'react';
import type { Debate } from '../debates/debatesApi';
import { ErrorNotice } from '../ui/ErrorNotice';
import {
  draftProblems,
  initialDraft,
  letterOf,
  type CompilationDraft,
  type DraftProblems,
} from './CompilationDraft';
import { CompilationForm } from './CompilationForm';
import { CompilationProgress } from './CompilationProgress';
import { useCompilationJob } from './useCompilationJob';
import { t } from '../i18n/messages/compilation';

interface CompilationBuilderProps {
  debate: Debate;
  /** Submitted statements as last loaded (null: not known); the server counts again. */
  submitted: number | null;
}

export function CompilationBuilder({ debate, submitted }: CompilationBuilderProps) {
  const [draft, setDraft] = useState<CompilationDraft>(() => initialDraft(debate));
  const [problems, setProblems] = useState<DraftProblems>({});
  const [checked, setChecked] = useState(false);
  const { job, starting, error, start } = useCompilationJob(debate.id);
  const submitRef = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const busy = starting || job?.status === 'running';
  // While nothing is submitted the form waits behind a button; once shown, it stays.
  const [open, setOpen] = useState(submitted !== 0);
  if (submitted !== 0 && !open) setOpen(true);

  function prepare(): void {
    setOpen(true);
    requestAnimationFrame(() => card.current?.querySelector<HTMLElement>('input')?.focus());
  }

  function change(patch: Partial<CompilationDraft>): void {
    const next = { ...draft, ...patch };
    setDraft(next);
    // Once the organizer has tried to build, problems clear as they are fixed.
    if (checked) setProblems(draftProblems(next));
  }

  function build(): void {
    const found = draftProblems(draft);
    setProblems(found);
    setChecked(true);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() =>
        card.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    void start(draft.format, letterOf(draft));
  }

  return (
    <div className="card compilation" ref={card}>
      <h3 className="card__title">{t('builder.title')}</h3>
      <p className="compilation__lead">{t('builder.lead')}</p>
      {submitted === null ? null : <p className="compilation__count">{countLine(submitted)}</p>}
      {open ? (
        <CompilationForm
          draft={draft}
          problems={problems}
          busy={busy}
          submitRef={submitRef}
          onChange={change}
          onSubmit={build}
        />
      ) : (
        <button type="button" className="button compilation__prepare" onClick={prepare}>
          {t('builder.prepare')}
        </button>
      )}
      {starting ? (
        <p className="muted" role="status">
          {t('builder.starting')}
        </p>
      ) : null}
      <ErrorNotice message={error} />
      {job ? <CompilationProgress job={job} submitRef={submitRef} /> : null}
    </div>
  );
}

function countLine(submitted: number): string {
  if (submitted === 0) return t('builder.nothing');
  return t('builder.count', { count: submitted });
}
