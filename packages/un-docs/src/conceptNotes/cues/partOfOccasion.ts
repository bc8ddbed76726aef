import { kindNamed } from '../kindsNamed.js';

// Round 31c (a text announcing several meetings is read for the one it is about): a text
// announcing a session or a segment may name meetings held during it ("During the four-week
// session, the Council will hold five panel discussions on the right to development (15
// September); the integration of a gender perspective …"). What those parts are on is theirs, not
// the occasion's theme: a sentence holding a meeting of another kind than the session or segment
// announced gives the theme nothing. A note announcing the panel itself has the panel for its
// format, and keeps its subject.

const OCCASIONS = new Set(['session', 'segment']);

const HOLDS =
  /(?<![\p{L}])(?:will\s+(?:also\s+)?(?:hold|convene|host|organi[sz]e)|tiendra|tiendront|organisera|celebrará|organizará|convocará)(?![\p{L}])/iu;

function head(kind: string): string {
  return kind.split(' ').pop() ?? kind;
}

/** Whether `sentence` holds a meeting of another kind than the session or segment `format`. */
export function holdsPartOfOccasion(sentence: string, format: string | null): boolean {
  if (format === null || !OCCASIONS.has(head(format))) return false;
  const verb = HOLDS.exec(sentence);
  if (!verb) return false;
  const kind = kindNamed(sentence.slice(verb.index + verb[0].length).slice(0, 120));
  return kind !== null && head(kind) !== head(format);
}
