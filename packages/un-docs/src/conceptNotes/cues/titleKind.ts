import { FORMATS } from '../formatVocabulary.js';
import { findMemberState } from '../findMemberState.js';
import { bodiesIn } from './bodyNames.js';
import { englishQualifiers, isEnglishQualifier } from './formatQualifiers.js';

// Round 12a: a title line may open with a kind of meeting outside the vocabulary of formats: a
// head noun of the vocabulary with one word before it that says what kind of meeting it is
// ("TRAINING WORKSHOP", "Expert workshop", "High-level policy dialogue with …", "Technical
// briefing on …"). The title's head noun phrase is then the kind, with its qualifiers. Only
// one such word is read, at the start of the line, and only when the vocabulary does not
// already name the pair ("open debate", "side event", "panel discussion"): two words or more
// before the head ("Climate Security Open Debate") are a theme's, not a kind's.

const HEAD = String.raw`(?:meeting|debate|dialogue|discussion|briefing|event|session|segment|hearing|workshop|forum)`;
// Round 25b: one of a series' numbered meetings ("Leaders Dialogue 2: …", "Policy Dialogue 4 –
// …", "Thematic Session III: …") is that kind; its number is no part of it.
const NUMBERED = String.raw`(?:\s+(?:\d{1,2}|[IVX]{1,4}))?`;
const KIND_PHRASE = new RegExp(
  String.raw`^((?:[\p{L}-]+,?\s+){0,3}?)([\p{L}][\p{L}-]{2,})\s+(${HEAD})${NUMBERED}(?=\s*$|\s+(?:on|of|for|with|to|in|at|about)\s|\s*[:–—|]\s|\s+-\s)`,
  'iu',
);
const OWN_KINDS: ReadonlySet<string> = new Set(['policy dialogue']);
const ACRONYM = /^(?:UN|UNGA|GA|SC|UNSC|HRC|PBC|ECOSOC|OHCHR|UNITAR|DPPA)$/iu;
// "Sixty-first session", `soixante-cinquième session`: a body's numbered session is an
// occasion, not a kind.
const ORDINAL = /(?:first|second|third|th|st|nd|rd|ième|ème|º|ª)$/iu;

export interface TitleKind {
  /** "training workshop", "high-level policy dialogue". */
  format: string;
  /** The head noun: "workshop". */
  head: string;
  /** True when the line names nothing but the kind ("TRAINING WORKSHOP"). */
  bare: boolean;
}

export function titleKind(line: string): TitleKind | null {
  const text = line.trim();
  if (text.length > 250) return null;
  const match = KIND_PHRASE.exec(text);
  const [phrase, before = '', modifier = '', head = ''] = match ?? [];
  if (!match || !phrase || !modifier || !head) return null;
  // Words before the modifier may only be qualifiers ("High-level policy dialogue").
  const leading = before.split(/[\s,]+/u).filter((word) => word !== '');
  if (!leading.every(isEnglishQualifier)) return null;
  if (isEnglishQualifier(modifier) || ACRONYM.test(modifier) || ORDINAL.test(modifier)) return null;
  if (bodiesIn(`${modifier} ${head}`).length > 0 || findMemberState(modifier) !== null) return null;
  const pair = `${modifier} ${head}`;
  // Round w38at: "policy dialogue", which the vocabulary now names for sentences, is still read
  // here, with the series' number ("Policy Dialogue 4: …") and qualifiers ("High-level …").
  const own = OWN_KINDS.has(pair.toLowerCase());
  if (!own && FORMATS.some(([pattern]) => pattern.exec(pair)?.index === 0)) return null;
  const qualifiers = englishQualifiers(before);
  const format = [...qualifiers, modifier.toLowerCase(), head.toLowerCase()].join(' ');
  return { format, head: head.toLowerCase(), bare: text.length === phrase.length };
}
