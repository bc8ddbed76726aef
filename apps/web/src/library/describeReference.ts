import { formatIsoDate } from '../ui/formatIsoDate';
import type { Reference } from './referencesApi';
import { t } from '../i18n/messages/library';

/** "S/2011/552 · 26 August 2011 · 72 paragraphs", leaving out what the document does not state. */
export function describeReference(reference: Reference): string {
  const count = reference.paragraphCount;
  return [reference.symbol, formatIsoDate(reference.date), t('paragraphs', { count })]
    .filter(Boolean)
    .join(' · ');
}
