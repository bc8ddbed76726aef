import { BODY_NAMES } from './bodyNames.js';
import { AR_QUALIFIERS, AR_QUALIFIER_WORD } from './qualifiersAr.js';

// The words a note puts with a meeting's kind to say its level or shape: "high-level open
// debate", "informal interactive dialogue", "annual full-day meeting", `débat public de haut
// niveau`, `mesa redonda anual de alto nivel`. The 2026-12-05 convention keeps them in the
// format, since a delegation plans by them (a high-level open debate asks for a minister). They
// are read by position — the qualifier words standing right before the kind (English) or right
// after it (French, Spanish) — from a closed vocabulary, and reported in English in one order,
// so the same meeting gives the same format in every language. A body's name or an occasion
// ("of the General Assembly", "on the margins of …") is no qualifier and is never read.

// Round 15c: a length of several days is a qualifier as "full-day" is (the 2026-12-05
// convention "A meeting's length is a qualifier; its purpose is not"): "two-day", `de deux
// jours`, `de dos días`, reported in English beside "full-day". A length said as a duration
// ("de dos días de duración", "lasting two days") is not, as round 13a has it for one day.
const DAY_COUNTS: readonly [string, string, string, string][] = [
  ['two', '2', 'deux', 'dos'],
  ['three', '3', 'trois', 'tres'],
  ['four', '4', 'quatre', 'cuatro'],
  ['five', '5', 'cinq', 'cinco'],
  ['six', '6', 'six', 'seis'],
  ['seven', '7', 'sept', 'siete'],
  ['eight', '8', 'huit', 'ocho'],
  ['nine', '9', 'neuf', 'nueve'],
  ['ten', '10', 'dix', 'diez'],
];
const SEVERAL_DAYS: [string, RegExp][] = DAY_COUNTS.map(([en, digits, fr, es]) => [
  `${en}-day`,
  new RegExp(`^(?:(?:${en}|${digits})[- ]day|de ${fr} jour(?:née)?s|de ${es} días)$`, 'iu'),
]);
const EN_DAYS = `(?:${DAY_COUNTS.map(([en, digits]) => `${en}|${digits}`).join('|')})[- ]day`;
const ROMANCE_DAYS = `de (?:${DAY_COUNTS.map(([, , fr]) => fr).join('|')}) jour(?:née)?s|de (?:${DAY_COUNTS.map(([, , , es]) => es).join('|')}) días(?!\\s+de\\s+duración)`;

/** Each qualifier in the order the format gives them, with its names in the three languages. */
const QUALIFIERS: readonly [string, RegExp][] = [
  ['annual', /^(?:annual|annuel(?:le)?|anual)$/iu],
  // Round 31f: "monthly" is a frequency as "annual" is (`sa session mensuelle`, `debate mensual`).
  ['monthly', /^(?:monthly|mensuel(?:le)?|mensual)$/iu],
  // Decided in session 19: any word saying how often a meeting is held qualifies its format
  // ("the quarterly open debate"), in the three languages as "monthly" is.
  ['weekly', /^(?:weekly|hebdomadaire|semanal)$/iu],
  ['quarterly', /^(?:quarterly|trimestriel(?:le)?|trimestral)$/iu],
  ['semi-annual', /^(?:semi-annual|semestriel(?:le)?|semestral)$/iu],
  // Round 12a: a frequency word is a qualifier as "annual" is: "biennial high-level panel
  // discussion", `débat triennal`, `mesa redonda cuatrienal`. English, French and Spanish
  // form them alike, a Latin count before "-ennial", `-ennal`, `-enal`.
  ['biennial', /^(?:biennial|biennale?|bienal)$/iu],
  ['triennial', /^(?:triennial|triennale?|trienal)$/iu],
  ['quadrennial', /^(?:quadrennial|quadriennale?|cuatrienal)$/iu],
  ['quinquennial', /^(?:quinquennial|quinquennale?|quinquenal)$/iu],
  ['full-day', /^(?:full[- ]day|d['’]une journée|de un día)$/iu],
  ['half-day', /^(?:half[- ]day|d['’]une demi-journée|de medio día)$/iu],
  // Decided at round 15c's merge: an English "one-day" keeps its word, as "two-day" does (the
  // French and Spanish `d'une journée`, `de un día` stay "full-day", the UN's own English).
  ['one-day', /^(?:one|1)[- ]day$/iu],
  ...SEVERAL_DAYS,
  // Round t42a: a length in weeks or a month, said as English says a length in days ("a
  // month-long session", "a week-long workshop"), is a qualifier as "two-day" is; said as a
  // duration (`d'une durée d'un mois`, "lasting a month") it is not.
  ['week-long', /^week[- ]long$/iu],
  ['month-long', /^month[- ]long$/iu],
  // Round t43a: Russian puts the level after the kind, as French does (`групповая дискуссия
  // высокого уровня`).
  ['high-level', /^(?:high[- ]level|de haut niveau|de alto nivel|высокого\s+уровня|高级别)$/iu],
  ['ministerial-level', /^(?:ministerial[- ]level|au niveau ministériel|a nivel ministerial)$/iu],
  ['ministerial', /^(?:ministerial|ministériel(?:le)?|部长级)$/iu],
  [
    'ambassadorial-level',
    /^(?:ambassadorial[- ]level|au niveau des ambassadeurs|a nivel de embajadores)$/iu,
  ],
  ['special', /^(?:special|spécial(?:e)?|especial)$/iu],
  // Round 13a: a meeting between a body's sessions says when it meets as "annual" does:
  // "intersessional panel discussion", `réunion-débat intersessions`, `mesa redonda entre
  // períodos de sesiones`.
  // Round 33: also hyphenated, as UN pages often print it ("a one-day inter-sessional seminar").
  ['intersessional', /^(?:inter-?sessional|intersessions|entre períodos de sesiones)$/iu],
  ['informal', /^(?:informal|informel(?:le)?|oficios[oa])$/iu],
  ['interactive', /^(?:interactive|interacti(?:f|ve)|interactiv[oa])$/iu],
  ['thematic', /^(?:thematic|thématique|temátic[oa])$/iu],
];

const ENGLISH_WORD = `(?:high[- ]level|ministerial[- ]level|ministerial|ambassadorial[- ]level|informal|interactive|thematic|annual|monthly|weekly|quarterly|semi-annual|(?:bi|tri|quadr|quinqu)ennial|full[- ]day|half[- ]day|special|inter-?sessional|(?:one|1)[- ]day|${EN_DAYS}|(?:week|month)[- ]long)`;
/** The qualifiers that say how long a meeting runs ("full-day", "two-day", "month-long"). */
export const LENGTHS: readonly string[] = [
  'full-day',
  'half-day',
  'one-day',
  ...SEVERAL_DAYS.map(([length]) => length),
  'week-long',
  'month-long',
];

/** English qualifiers right before the kind: "annual high-level ", "informal, interactive ". */
const BEFORE = new RegExp(`(?:(?<![\\p{L}-])${ENGLISH_WORD},?\\s+)+$`, 'iu');
// A body's name may stand between the qualifiers and the kind: "the annual Security Council
// Open Debate", "a high-level General Assembly meeting". It is passed over, never kept.
const BODY_BEFORE = new RegExp(
  `(?:the\\s+)?(?:${BODY_NAMES.map(([, pattern]) => pattern.source).join('|')}|UNGA|HRC|PBC)\\s+$`,
  'iu',
);
// Round zh: and the Chinese levels inside a Chinese kind (`高级别公开辩论`).
const ROMANCE_WORD = `(?:高级别|部长级|высокого\\s+уровня|de haut niveau|de alto nivel|au niveau ministériel|a nivel ministerial|annuel(?:le)?|anual|mensuel(?:le)?|mensual|hebdomadaire|semanal|trimestriel(?:le)?|trimestral|semestriel(?:le)?|semestral|(?:bi|tri|quadri|quinqu)ennale?|(?:bi|tri|cuatri|quinqu)enal|ministériel(?:le)?|ministerial|informel(?:le)?|oficios[oa]|informal|interacti(?:f|ve)|interactiv[oa]|thématique|temátic[oa]|spécial(?:e)?|especial|d['’]une (?:demi-)?journée|de (?:un|medio) día(?!\\s+de\\s+duración)|${ROMANCE_DAYS}|au niveau des ambassadeurs|a nivel de embajadores|intersessions|entre períodos de sesiones|${AR_QUALIFIER_WORD})`;
// Round 13a: a length stated as a duration ("de un día de duración", like "lasting one day")
// says how long the meeting runs, not what kind of meeting it is: it is no qualifier.
/** French and Spanish qualifiers right after the kind: " de haut niveau", " anual de alto nivel". */
const AFTER = new RegExp(`^(?:,?\\s+${ROMANCE_WORD}(?![\\p{L}]))+`, 'iu');
// A kind named in English ends on an English meeting word ("open debate", "round table").
const ENGLISH_KIND =
  /^(?:[a-z]+[\s-]+)*(?:meeting|debate|dialogue|discussion|briefing|event|session|segment|hearing|table|workshop|forum)$/iu;

/** The English qualifiers `text` gives, in the format's order: "High-level, informal" → ["informal", "high-level"]… */
export function englishQualifiers(text: string): string[] {
  return canonical(wordsOf(text, ENGLISH_WORD));
}

/** Whether `word` is one of the English qualifiers ("high-level", "biennial"). */
export function isEnglishQualifier(word: string): boolean {
  return new RegExp(`^${ENGLISH_WORD}$`, 'iu').test(word);
}

// Round 31f: the qualifiers that say how often a meeting is held.
const FREQUENCIES = [
  'annual',
  'monthly',
  'weekly',
  'quarterly',
  'semi-annual',
  'biennial',
  'triennial',
  'quadrennial',
  'quinquennial',
];
/** French and Spanish frequency words, which follow the kind: `mensuelle`, `anual`, `biennal`. */
export const ROMANCE_FREQUENCY = String.raw`(?:annuel(?:le)?|anual|mensuel(?:le)?|mensual|hebdomadaire|semanal|trimestriel(?:le)?|trimestral|semestriel(?:le)?|semestral|(?:bi|tri|quadri|quinqu)ennale?|(?:bi|tri|cuatri|quinqu)enal)`;

/** The frequencies (in English, the format's order) the words of `text` name: "the annual " → ["annual"]. */
export function frequencyQualifiers(text: string): string[] {
  const words = wordsOf(text, `(?<![\\p{L}-])(?:${ENGLISH_WORD}|${ROMANCE_WORD})(?![\\p{L}])`);
  return canonical(words).filter((qualifier) => FREQUENCIES.includes(qualifier));
}

function canonical(words: readonly string[]): string[] {
  // Round h13t: and the Arabic levels (qualifiersAr.ts).
  const arabic = (qualifier: string, word: string): boolean =>
    AR_QUALIFIERS.some(([name, names]) => name === qualifier && names.test(word));
  return QUALIFIERS.filter(([qualifier, names]) =>
    words.some((word) => names.test(word) || arabic(qualifier, word)),
  ).map(([qualifier]) => qualifier);
}

function wordsOf(text: string, vocabulary: string): string[] {
  return [...text.matchAll(new RegExp(vocabulary, 'giu'))].map((match) => match[0]);
}

// Round 17: a table or a field may give the qualifiers in parentheses after the kind, in any of
// the three languages: "Panel discussion (half-day)", "Open debate (ministerial-level)",
// `Débat public (de haut niveau)`. Only a parenthesis holding qualifiers alone is read.
const PARENTHESIS = /^\s*\(([^()]{3,60})\)/u;

function parenthesized(after: string): string[] {
  const inside = PARENTHESIS.exec(after)?.[1] ?? '';
  const vocabulary = `(?:${ENGLISH_WORD}|${ROMANCE_WORD})`;
  const only = new RegExp(`^\\s*${vocabulary}(?:\\s*(?:,|and|et|y)?\\s*${vocabulary})*\\s*$`, 'iu');
  return only.test(inside) ? wordsOf(inside, vocabulary) : [];
}

/**
 * `format` (the English kind, "open debate") with the qualifiers `text` gives the kind it
 * names at `start`–`end`; qualifiers the kind already holds ("high-level meeting",
 * "interactive dialogue") are not repeated.
 */
export function qualifiedFormat(text: string, start: number, end: number, format: string): string {
  const named = text.slice(start, end);
  const preceding = text.slice(Math.max(0, start - 80), start);
  const before = BEFORE.exec(preceding.replace(BODY_BEFORE, ''))?.[0] ?? '';
  // Words after the kind qualify it only in French and Spanish, where they follow it.
  const after = ENGLISH_KIND.test(named) ? '' : (AFTER.exec(text.slice(end))?.[0] ?? '');
  // A French or Spanish kind may hold a qualifier between its words (`débat thématique
  // triennal de haut niveau`): it is read there too.
  const inside = ENGLISH_KIND.test(named) ? '' : named;
  const words = [
    ...wordsOf(before, ENGLISH_WORD),
    ...wordsOf(`${inside} ${after}`, ROMANCE_WORD),
    ...parenthesized(text.slice(end)),
  ];
  const own = canonical(wordsOf(format, ENGLISH_WORD));
  const added = canonical(words).filter((qualifier) => !own.includes(qualifier));
  return added.length > 0 ? `${added.join(' ')} ${format}` : format;
}

/**
 * `format` (a kind and its qualifiers) with the qualifiers `others` — the same kind as other
 * lines of the note name it — give too, in the format's order: a title "Debate abierto de alto
 * nivel" and "celebrará el debate abierto anual" name one annual high-level open debate.
 */
export function withQualifiers(format: string, kind: string, others: readonly string[]): string {
  const prefixes = [format, ...others]
    .filter((named) => named.endsWith(kind))
    .map((named) => named.slice(0, named.length - kind.length));
  const added = QUALIFIERS.map(([qualifier]) => qualifier).filter((qualifier) =>
    prefixes.some((prefix) => prefix.split(' ').includes(qualifier)),
  );
  return added.length > 0 ? `${added.join(' ')} ${kind}` : kind;
}
