// What the organizer fills in before building: the covering letter and the file format.
// Prefilled as the UN usually writes it, kept as typed through errors and retries.
import { formatUnDate } from '@plenary/statement-model';
import type { Debate } from '../debates/debatesApi';
import type { CompilationFormat, CoveringLetter } from './compilationApi';
import { t } from '../i18n/messages/compilation';

export interface CompilationDraft {
  from: string;
  to: string;
  /** "YYYY-MM-DD", as a date input gives it. */
  date: string;
  text: string;
  format: CompilationFormat;
}

export type DraftField = 'from' | 'to' | 'date';
export type DraftProblems = Partial<Record<DraftField, string>>;

const MAX_NAME = 300;

/** Today in the organizer's own time zone, as "YYYY-MM-DD". */
export function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function initialDraft(debate: Debate, now = new Date()): CompilationDraft {
  const body = debate.body?.trim();
  return {
    from: body ? t('draft.from', { body }) : '',
    to: t('draft.to'),
    date: localIsoDate(now),
    text: '',
    format: 'docx',
  };
}

/** What must change before the server is asked, field by field, in plain words. */
export function draftProblems(draft: CompilationDraft): DraftProblems {
  const problems: DraftProblems = {};
  const name = (value: string, missing: string) =>
    !value.trim() ? missing : value.trim().length > MAX_NAME ? t('draft.tooLong') : null;
  const from = name(draft.from, t('draft.fromMissing'));
  const to = name(draft.to, t('draft.toMissing'));
  if (from) problems.from = from;
  if (to) problems.to = to;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) problems.date = t('draft.dateMissing');
  return problems;
}

/** The covering letter as the server takes it; an empty text asks for the standard one. */
export function letterOf(draft: CompilationDraft): CoveringLetter {
  const letter: CoveringLetter = { from: draft.from.trim(), to: draft.to.trim(), date: draft.date };
  return draft.text.trim() ? { ...letter, text: draft.text.trim() } : letter;
}

/** "Letter dated 30 April 2021 from … addressed to …", as the compilation will title it. */
export function letterTitle(draft: CompilationDraft): string | null {
  const date = formatUnDate(draft.date);
  if (!draft.from.trim() || !draft.to.trim() || date === draft.date.trim()) return null;
  return t('draft.title', {
    date,
    from: draft.from.trim(),
    to: draft.to.trim(),
  });
}
