import { kindNamed } from '../kindsNamed.js';

// Round 31c (a text announcing several meetings is read for the one it is about): a text
// announcing a session or a segment may name meetings held during it ("During the four-week
// session, the Council will hold five panel discussions on the right to development (15
// September); the integration of a gender perspective …"). What those parts are on is theirs, not
// the occasion's theme: a sentence holding a meeting of another kind than the session or segment
// announced gives the theme nothing. A note announcing the panel itself has the panel for its
// format, and keeps its subject.
// Round t42b: a forum is such an occasion too, and its parts are what it "will feature", "consist
// of" or "comprise" ("The Forum will feature five working sessions on “X”, “Y” …", `Le Forum
// comprendra une table ronde sur …`, `El Foro constará de tres sesiones sobre …`): a meeting
// made of parts keeps its own kind (round 17's merge) and its own theme or none.

const OCCASIONS = new Set(['session', 'segment', 'forum']);

const HOLDS =
  /(?<![\p{L}])(?:will\s+(?:also\s+)?(?:hold|convene|host|organi[sz]e|feature|comprise|consist\s+of|include)|tiendra|tiendront|organisera|comprendra|celebrará|organizará|convocará|constará\s+de|incluirá)(?![\p{L}])/iu;

// Round t42b: or a sentence naming the theme of a meeting of another kind held in it ("This year's
// high-level panel discussion is themed “X”", `La mesa redonda de este año tiene por tema «X»`):
// the part's theme, not the session's. The kind is read before the theme's quotation, and must
// be no occasion itself.
const THEME_WORD = /(?<![\p{L}])(?:themed|theme|thème|tema)(?![\p{L}])/iu;

function head(kind: string): string {
  return kind.split(' ').pop() ?? kind;
}

function partsKind(sentence: string): string | null {
  const verb = HOLDS.exec(sentence);
  if (verb) return kindNamed(sentence.slice(verb.index + verb[0].length).slice(0, 120));
  if (!THEME_WORD.test(sentence)) return null;
  const quote = sentence.search(/[“"«‘]/u);
  const kind = kindNamed(quote > 0 ? sentence.slice(0, quote) : sentence.slice(0, 120));
  // The theme of a session or segment may be the whole's the meeting is part of ("the main annual
  // theme of the 2024 session, “X”", in a note on a segment of it), not a part's.
  return kind !== null && OCCASIONS.has(head(kind)) ? null : kind;
}

/** Whether `sentence` holds a meeting of another kind than the session or segment `format`. */
export function holdsPartOfOccasion(sentence: string, format: string | null): boolean {
  if (format === null || !OCCASIONS.has(head(format))) return false;
  const kind = partsKind(sentence);
  return kind !== null && head(kind) !== head(format);
}
