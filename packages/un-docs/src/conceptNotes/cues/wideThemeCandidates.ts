import type { NoteLayout } from '../layout/NoteLayout.js';
import { normalizeForScore } from '../../fixtures/scoreNote.js';
import { pickBest, type Candidate } from './Candidate.js';

// Session 29 (docs/importing.md, "Wide theme candidates and a learned chooser"): spans a theme
// may be, proposed without naming any text's shape, so that a chooser learned from the corpus
// can pick one. Each span keeps where it came from; the chooser reads that, not the words.
// Not on the import path: the measuring scripts (themeRecall.ts, trainTheme.ts) call it.

export type WideSource =
  'line' | 'lineCut' | 'heading' | 'quoted' | 'afterWord' | 'afterWordClause' | 'label' | 'cue';

export interface WideCandidate {
  value: string;
  /** The comparable form (as the scorer compares), which candidates are merged on. */
  key: string;
  sources: Set<WideSource>;
  /** The words each span was found after, lower-cased ("on", "entitled", "тему"), or "" none. */
  after: Set<string>;
  /** Index of the first non-empty line the span was found in (or 99 when none). */
  line: number;
  /** The line or sentence it was read from. */
  context: string;
  /** The surest confidence a theme cue gave it, 0 when none proposed it. */
  cueConfidence: number;
  /** Whether it is the value the cues choose. */
  cueChosen: boolean;
}

const FIRST_LINES = 15;
const MAX_LENGTH = 400;
const MIN_LENGTH = 4;

// Quotations in the six languages' typography.
const QUOTES =
  /“([^”\n]{3,400})”|"([^"\n]{3,400})"|«\s*([^»\n]{3,400}?)\s*»|„([^“”\n]{3,400})[“”]|‘([^’\n]{3,400})’|「([^」\n]{2,400})」|『([^』\n]{2,400})』|《([^》\n]{2,400})》/gu;

// Words after which a subject follows: a theme word, a title word, a preposition of subject, or
// a meeting's kind and the preposition after it, in the six languages.
const SUBJECT_WORD =
  /(?:\b(?:on the (?:theme|topic|subject)(?: of)?|under the (?:theme|title|heading)|entitled|titled|themed|on|about|sur le thème(?: de)?|sur|intitulée?s?|ayant pour thème|sobre el tema(?: de)?|sobre|titulad[oa]s?|bajo el tema|con el tema)\b|\bна тему|\bпо теме|\bпосвящённ\p{L}*|\bпосвященн\p{L}*|\bпо вопросу|حول|بعنوان|بشأن|主题为|主题是|关于|题为)\s*[:：]?\s*/giu;
// A theme noun, after which the subject may follow a verb or two ("the theme this year is X",
// "темой встречи станет X", "tema prioritario X").
const THEME_NOUN =
  /(?:\b(?:theme|topic|th[eè]me|tema|thème)s?\b|\bтем(?:а|ой|ы|е)\b|主题|الموضوع)\s*[:：]?\s*/giu;
const SKIPPED_WORDS = 3;
// A meeting's kind and the preposition naming its subject ("summit for the adoption of …").
const KIND_THEN =
  /\b(?:meeting|debate|briefing|dialogue|discussion|panel|session|event|forum|seminar|workshop|round ?table|conference|consultations?|summit|réunion|débat|séance|sommet|conférence|reunión|sesión|cumbre|conferencia|mesa redonda|diálogo|заседани\p{L}*|дискусси\p{L}*|совещани\p{L}*|саммит\p{L}*|конференци\p{L}*)\s+(?:on|for|about|sur|pour|sobre|para|de|по|о|об)\s+/giu;

// Where a clause ends: a clause mark, or a date, place or time phrase after the subject.
const CLAUSE_END =
  /\s*(?:[,;:(–—]|\s-\s|\b(?:at|on|for|in|from|to|le|du|en|el|del|para el|с|в|на)\s+\d|\b(?:held|will|to be|which|that|qui|que|который|которое)\b|，|；|。)/u;
const SENTENCE_END = /(?<=[\p{Ll}\d)”"»])\.(?:\s|$)|[。！？]|$/u;

const LABEL = /^\s*(?:[-*•]\s*)?\**([\p{L} ]{2,30}?)\**\s*[:：]\s*\**(.+?)\**\s*$/u;
const THEME_LABEL =
  /theme|title|topic|subject|th[eè]me|titre|sujet|tema|t[ií]tulo|asunto|тема|название|主题|题目|标题|议题|الموضوع|عنوان/iu;

// A format or body phrase a title line runs on from: "… meeting on X", "Débat sur X".
const FORMAT_CUT =
  /\b(?:meeting|debate|briefing|dialogue|discussion|panel|session|event|forum|seminar|workshop|round ?table|conference|consultations?|arria|réunion|débat|séance|table ronde|reunión|sesión|mesa redonda|diálogo|заседание|дискуссия|обсуждение|совещание|اجتماع|مناقشة|جلسة|会议|辩论|会)\b[^\n]{0,80}?\b(?:on|about|sur|sobre|на тему|по|حول|بشأن)\s+/iu;
// The marks a title line's parts are set apart by.
const PART_MARK = /(\s*[:|]\s+|\s[–—-]\s|\s*\/\s*)/u;
const MAX_PARTS = 6;

function clean(span: string): string {
  return span
    .replace(/^[#>*_\s]+|[*_\s]+$/gu, '')
    .replace(/^[“"‘'«„「『《\s]+|[”"’'»」』》\s]+$/gu, '')
    .replace(/\s*[,;:]$|(?<=\p{Ll})\.$/u, '')
    .trim();
}

class Pool {
  readonly byKey = new Map<string, WideCandidate>();

  /** A cue's value is kept as the cue gave it: the importer reports it so. */
  add(
    span: string,
    source: WideSource,
    line: number,
    context: string,
    after = '',
  ): WideCandidate | null {
    const value = source === 'cue' ? span.trim() : clean(span);
    if (source !== 'cue' && (value.length < MIN_LENGTH || value.length > MAX_LENGTH)) return null;
    if (!/\p{L}/u.test(value)) return null;
    const key = normalizeForScore(value);
    const known = this.byKey.get(key);
    if (known) {
      known.sources.add(source);
      known.after.add(after);
      known.line = Math.min(known.line, line);
      return known;
    }
    const made: WideCandidate = {
      value,
      key,
      sources: new Set([source]),
      after: new Set([after]),
      line,
      context,
      cueConfidence: 0,
      cueChosen: false,
    };
    this.byKey.set(key, made);
    return made;
  }
}

function spanFrom(text: string, at: number, line: number, pool: Pool, after: string): void {
  const rest = text.slice(at);
  const sentence = rest.slice(0, SENTENCE_END.exec(rest)?.index ?? rest.length);
  pool.add(sentence, 'afterWord', line, text, after);
  const clause = CLAUSE_END.exec(sentence);
  if (clause && clause.index > 0)
    pool.add(sentence.slice(0, clause.index), 'afterWordClause', line, text, after);
}

const lastWord = (words: string) =>
  /(\S+)\s*[:：]?\s*$/u.exec(words.toLowerCase())?.[1]?.replace(/[:：]$/u, '') ?? '';

function afterWords(text: string, line: number, pool: Pool): void {
  for (const pattern of [SUBJECT_WORD, KIND_THEN]) {
    for (const match of text.matchAll(pattern))
      spanFrom(text, (match.index ?? 0) + match[0].length, line, pool, lastWord(match[0]));
  }
  for (const match of text.matchAll(THEME_NOUN)) {
    let at = (match.index ?? 0) + match[0].length;
    for (let skipped = 0; skipped <= SKIPPED_WORDS && at < text.length; skipped += 1) {
      spanFrom(text, at, line, pool, `${lastWord(match[0])}+${skipped}`);
      const next = /^\S+\s+/u.exec(text.slice(at));
      if (!next) break;
      at += next[0].length;
    }
  }
}

/** Each run of a title line's parts, "A: B - C" giving "A: B", "B - C", "B" and the rest. */
function lineParts(line: string, index: number, pool: Pool): void {
  const pieces = line.split(PART_MARK);
  const parts = Math.min((pieces.length + 1) / 2, MAX_PARTS);
  for (let first = 0; first < parts; first += 1) {
    for (let last = first; last < parts; last += 1) {
      if (first === 0 && last === parts - 1) continue;
      pool.add(pieces.slice(first * 2, last * 2 + 1).join(''), 'lineCut', index, line);
    }
  }
}

/** The wide candidates of a note, the cues' own among them. */
export function wideThemeCandidates(
  note: NoteLayout,
  cued: readonly Candidate<string>[],
): WideCandidate[] {
  const pool = new Pool();
  const lines = note.normalized
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  lines.slice(0, FIRST_LINES).forEach((line, index) => {
    pool.add(line, 'line', index, line);
    const cut = FORMAT_CUT.exec(line);
    if (cut) pool.add(line.slice(cut.index + cut[0].length), 'lineCut', index, line);
    lineParts(line, index, pool);
  });
  note.layout.forEach((block, index) => {
    if (block.heading !== null) pool.add(block.text, 'heading', Math.min(index, 99), block.text);
  });
  lines.forEach((line, index) => {
    const at = Math.min(index, 99);
    for (const match of line.matchAll(QUOTES)) {
      const words = match.slice(1).find((group) => group !== undefined);
      if (words) pool.add(words, 'quoted', at, line);
    }
    const label = LABEL.exec(line);
    if (label?.[1] && label[2] && THEME_LABEL.test(label[1])) pool.add(label[2], 'label', at, line);
  });
  note.sentences.forEach(({ text, block }) => afterWords(text, Math.min(block, 99), pool));
  const chosen = pickBest(cued);
  for (const candidate of cued) {
    const wide = pool.add(candidate.value, 'cue', 99, candidate.source);
    if (!wide) continue;
    wide.cueConfidence = Math.max(wide.cueConfidence, candidate.confidence);
    if (candidate === chosen) wide.cueChosen = true;
  }
  return [...pool.byKey.values()];
}
