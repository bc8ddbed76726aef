import type { LabeledItem } from '../ConceptNote.js';
import { NOT_A_VERB } from '../readInfinitiveList.js';
import { cleanItemText } from '../readListItems.js';

// Round h13t: objectives printed as plain paragraphs under their heading, each an infinitive
// ("Objectives" / "To review progress in integrating drought risk …." / "To mobilize finance …."
// / "To adopt a political declaration …."), as a Word export or a PDF prints a list whose marks
// it lost: each paragraph is an objective, numbered by position as bullets are
// (readInfinitiveList.ts reads such a run flattened into one paragraph). Two at least, in a row,
// each a short paragraph opening on "To" and a verb ("To this end, …" opens none).
// Round h14t: or a French or Spanish infinitive (`Faire le point sur …`, `Recenser les …`,
// `Examinar los efectos …`, `Identificar buenas prácticas …`): a capitalized word ending as one
// does, then a word in lower case; not the prepositions and nouns that end so (`Entre`, `Sobre`).
const ROMANCE_INFINITIVE =
  /^(?!(?:Entre|Contre|Notre|Votre|Autre|Outre|Sobre|Lugar|Hogar|Mujer|Mayor|Menor|Mejor)\s)\p{Lu}\p{Ll}{2,}(?:er|ir|re|ar)\s+\p{Ll}/u;
const INFINITIVE = /^To\s+\p{Ll}/u;
const ITEM_CHARS = 400;

function isInfinitiveParagraph(block: string): boolean {
  return (
    (INFINITIVE.test(block) || ROMANCE_INFINITIVE.test(block)) &&
    !NOT_A_VERB.test(block) &&
    block.length <= ITEM_CHARS
  );
}

/** The objectives written as infinitive paragraphs from `start` on, or none. */
export function infinitiveParagraphs(blocks: readonly string[], start: number): LabeledItem[] {
  const run: string[] = [];
  for (const block of blocks.slice(start)) {
    if (!isInfinitiveParagraph(block)) break;
    run.push(block);
  }
  return run.length < 2
    ? []
    : run.map((text, at) => ({ label: String(at + 1), text: cleanItemText(text) }));
}
