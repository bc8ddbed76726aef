import type { LabeledItem } from './ConceptNote.js';

// Labels are printed as the note prints them (the 2026-12-05 convention), so a note that
// repeats one — two lists each lettered from "(a)", neither under a numbered paragraph —
// would give two points the same label, which the review form and the API refuse (a tag
// names a point by its label). The first keeps its label; each repeat takes its occurrence
// after a hyphen ("(a)-2"), so the labels stay distinct and still read as the note's.

export function uniqueLabels(items: readonly LabeledItem[]): LabeledItem[] {
  const seen = new Map<string, number>();
  const taken = new Set(items.map((item) => item.label));
  return items.map((item) => {
    const count = (seen.get(item.label) ?? 0) + 1;
    seen.set(item.label, count);
    if (count === 1) return item;
    let occurrence = count;
    while (taken.has(`${item.label}-${occurrence}`)) occurrence += 1;
    const label = `${item.label}-${occurrence}`;
    taken.add(label);
    return { ...item, label };
  });
}
