import { findDates } from '../dates/findDates.js';

// The date of issue sits in the header, on the "Distr.: General" line or the one after it.

export function findIssueDate(blocks: readonly string[]): string | null {
  const distribution = blocks.findIndex((block) => /^Distr\.?:?/i.test(block));
  const candidates =
    distribution >= 0 ? blocks.slice(distribution, distribution + 2) : blocks.slice(0, 8);
  for (const block of candidates) {
    const date = findDates(block).find((found) => found.iso.length === 10);
    if (date) return date.iso;
  }
  return null;
}
