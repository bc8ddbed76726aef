import type { Suggestion } from '@plenary/statement-model';

const MAX = 80;
const quote = (text: string) =>
  `“${text.length > MAX ? `${text.slice(0, MAX - 1).trimEnd()}…` : text}”`;

/** The change in short: "Replace “welcome” with “note”", "Add “very”", "Delete “the”". */
export function describeSuggestion({ inserted, deleted }: Suggestion): string {
  if (inserted && deleted) return `Replace ${quote(deleted)} with ${quote(inserted)}`;
  if (inserted) return `Add ${quote(inserted)}`;
  return `Delete ${quote(deleted)}`;
}
