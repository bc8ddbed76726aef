// Turns the reviewed form into the confirmation request, or says what to correct first
// and where. The server checks again; this spares a round trip and names the row.
import type { ConceptNotePreview, ConfirmedImport, ImportedFields } from './conceptNotesApi';
import {
  FIELD_NAMES,
  fieldInputId,
  itemInputId,
  type FieldName,
  type ItemDraft,
  type ItemKind,
  type ReviewDraft,
} from './reviewDraft';
import { t } from '../i18n/messages/conceptNotes';

export type ReviewResult =
  { ok: true; input: ConfirmedImport } | { ok: false; message: string; focusId: string };

const LABEL_MAX = 20;
const TEXT_MAX = 5000;
const NOUN: Record<ItemKind, string> = {
  objectives: t('nouns.objective'),
  discussionPoints: t('nouns.discussionPoint'),
};
const NOUNS: Record<ItemKind, string> = {
  objectives: t('nouns.objectives'),
  discussionPoints: t('nouns.discussionPoints'),
};

const problem = (message: string, focusId: string): ReviewResult => ({
  ok: false,
  message,
  focusId,
});

/** Rows left entirely blank are dropped; a half-filled row is a mistake to point out. */
function checkItems(kind: ItemKind, items: ItemDraft[]): ReviewResult | ItemDraft[] {
  const kept = items
    .map((item) => ({ ...item, label: item.label.trim(), text: item.text.trim() }))
    .filter((item) => item.label || item.text);
  const seen = new Set<string>();
  for (const [index, item] of kept.entries()) {
    const name = item.label ? `${NOUN[kind]} ${item.label}` : `${NOUN[kind]} ${index + 1}`;
    if (!item.label)
      return problem(t('problems.noLabel', { name }), itemInputId(item.key, 'label'));
    if (item.label.length > LABEL_MAX)
      return problem(
        t('problems.labelTooLong', { name, max: LABEL_MAX }),
        itemInputId(item.key, 'label'),
      );
    if (seen.has(item.label))
      return problem(
        t('problems.sameLabel', { nouns: NOUNS[kind], label: item.label }),
        itemInputId(item.key, 'label'),
      );
    if (!item.text) return problem(t('problems.noText', { name }), itemInputId(item.key, 'text'));
    if (item.text.length > TEXT_MAX)
      return problem(
        t('problems.textTooLong', { name, max: TEXT_MAX }),
        itemInputId(item.key, 'text'),
      );
    seen.add(item.label);
  }
  return kept;
}

function checkFields(values: Record<FieldName, string>): ReviewResult | ImportedFields {
  const value = (name: FieldName) => values[name].trim() || null;
  if (!value('theme')) return problem(t('problems.theme'), fieldInputId('theme'));
  const limit = value('speakingLimitMinutes');
  const minutes = limit === null ? null : Number(limit);
  if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 120))
    return problem(t('problems.limit'), fieldInputId('speakingLimitMinutes'));
  const email = value('submissionEmail');
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    return problem(t('problems.email'), fieldInputId('submissionEmail'));
  const texts = Object.fromEntries(FIELD_NAMES.map((name) => [name, value(name)]));
  return { ...texts, theme: value('theme') ?? '', speakingLimitMinutes: minutes };
}

export function reviewToImport(preview: ConceptNotePreview, draft: ReviewDraft): ReviewResult {
  const fields = checkFields(draft.values);
  if ('ok' in fields) return fields;
  const objectives = checkItems('objectives', draft.objectives);
  if ('ok' in objectives) return objectives;
  const discussionPoints = checkItems('discussionPoints', draft.discussionPoints);
  if ('ok' in discussionPoints) return discussionPoints;
  const plain = (items: ItemDraft[]) => items.map(({ label, text }) => ({ label, text }));
  return {
    ok: true,
    input: {
      fileName: preview.fileName,
      format: preview.format,
      text: preview.text,
      symbol: preview.note.symbol,
      fields,
      objectives: plain(objectives),
      discussionPoints: plain(discussionPoints),
    },
  };
}
