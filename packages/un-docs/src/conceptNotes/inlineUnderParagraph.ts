import type { LabeledItem } from './ConceptNote.js';
import { parseLabel } from '../text/parseLabel.js';

// Round w36bt: a list written inline in a numbered paragraph ("6. The objectives of the annual
// session are: (a) to …; (b) to …; and (c) to …") hangs under that paragraph as a list on lines
// of its own does, so its lettered and roman items join the paragraph's number (`6(a)`), by the
// label convention; numbered items keep their own.

/** `items`, read inline from `block`, with the number of the paragraph `block` opens with. */
export function inlineUnderParagraph(block: string, items: LabeledItem[]): LabeledItem[] {
  const paragraph = parseLabel(block);
  if (paragraph?.kind !== 'number') return items;
  return items.map((item) =>
    /^\(?\d/u.test(item.label) ? item : { ...item, label: `${paragraph.value}${item.label}` },
  );
}
