import type { Suggestion } from '@plenary/statement-model';
import { t } from '../i18n/messages/suggestionsPanel';

const MAX = 80;
const quote = (text: string) =>
  t('quote', { text: text.length > MAX ? `${text.slice(0, MAX - 1).trimEnd()}…` : text });

/** The change in short: "Replace “welcome” with “note”", "Add “very”", "Delete “the”". */
export function describeSuggestion({ inserted, deleted }: Suggestion): string {
  if (inserted && deleted)
    return t('replace', { deleted: quote(deleted), inserted: quote(inserted) });
  if (inserted) return t('add', { inserted: quote(inserted) });
  return t('delete', { deleted: quote(deleted) });
}
