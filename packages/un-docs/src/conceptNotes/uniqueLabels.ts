import type { LabeledItem } from './ConceptNote.js';

// Labels are printed as the note prints them (the 2026-12-05 convention), so a note that
// repeats one — two lists each lettered from "(a)", neither under a numbered paragraph —
// would give two points the same label, which the review form and the API refuse (a tag
// names a point by its label). The first keeps its label; each repeat takes its occurrence
// after a hyphen ("(a)-2"), so the labels stay distinct and still read as the note's. Labels
// are compared as tags compare them (drafting-metrics' pointKey: spacing and case ignored).

const keyOf = (label: string): string => label.replace(/\s+/gu, '').toLowerCase();

export function uniqueLabels(items: readonly LabeledItem[]): LabeledItem[] {
  const seen = new Map<string, number>();
  const taken = new Set(items.map((item) => keyOf(item.label)));
  return items.map((item) => {
    const key = keyOf(item.label);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return item;
    let occurrence = count;
    while (taken.has(keyOf(`${item.label}-${occurrence}`))) occurrence += 1;
    const label = `${item.label}-${occurrence}`;
    taken.add(keyOf(label));
    return { ...item, label };
  });
}
