import { formatIsoDate } from '../ui/formatIsoDate';
import type { Reference } from './referencesApi';

/** "S/2011/552 · 26 August 2011 · 72 paragraphs", leaving out what the document does not state. */
export function describeReference(reference: Reference): string {
  const count = reference.paragraphCount;
  return [
    reference.symbol,
    formatIsoDate(reference.date),
    `${count} paragraph${count === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
