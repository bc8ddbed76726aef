import { fieldAfterField } from './fieldAfterField.js';
import { joinHyphenated, vocabularyOf } from './joinHyphenated.js';

// Turns hard-wrapped lines (PDF text, e-mail text) into one line per block: a paragraph,
// heading, list item or footnote. Text that already has one line per block passes through.

/** A line that begins a block of its own: a paragraph number, list label, bullet, footnote or field. */
// Round 13b: every bullet parseLabel reads ("➢", "►", "■", …), not only the round ones;
// round 17: the em dash too, as a news item or an e-mail marks its list ("— Where has …?"),
// when an item opens after it: a wrapped line may open on a sentence's dash ("— can better").
// Round 25b: a capital with a parenthesis too ("A) Highlight …;"), as parseLabel reads it.
// Round zh: a Chinese numeral's label (`一、`, `（一）`), and a Chinese field's (`日期：`).
const BLOCK_START =
  /^(?:\d{1,3}\.\s|\(?[a-z]{1,2}\)\s|\(?[A-Z]\)\s(?=\p{Lu})|\(?[ivxlc]{1,5}[.)]\s|[IVXL]{1,5}\.\s|[A-Z]\.\s|[a-z]\.\s+(?=\p{Lu})|[•▪●◦·‣∙○■□➢►✓\-–*]\s|—\s(?=[\p{Lu}¿¡“"«(])|[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s|\d{1,3}[.．](?=\p{Script=Han})|\p{Script=Han}{2,8}：|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/u;
// Round 12a: a dot leader sets a label off as a colon does ("Time ........ 10 o'clock").
const FIELD_START = /^([A-Z][\p{L}-]*(?:\s[\p{L}]+){0,2})\s?(?::\s|(?:\.\s?){2,}\.|(?:…\s?){2,})/u;

/**
 * A line that looks like a field ("Rights: universality, …") but whose label ends a phrase the
 * wrapped line above began: "… the International Covenants on Human" / "Rights: universality
 * …" is one title cut by the page's width. The phrase — the line's last word and the label —
 * must stand elsewhere in the document ("Human Rights Council"), and the line above must be
 * a full one without closing punctuation; a real field ("Date: …") never continues a phrase.
 */
function phraseAcross(previous: string, line: string, shortLine: number): string | null {
  const before = previous.trim();
  const label = FIELD_START.exec(line.trim())?.[1];
  if (label === undefined || before.length < shortLine || /[.,;:!?)]$/u.test(before)) return null;
  const last = /[\p{L}-]+$/u.exec(before)?.[0];
  return last ? `${last} ${label}`.toLowerCase() : null;
}

const WORD_SPLIT = /[^\p{L}-]+/u;
/** The line's last word and a label of up to three words (FIELD_START). */
const PHRASE_WORDS = 4;

/**
 * The phrases a line break may have cut that occur at least twice in the document. The
 * candidates are collected first and the document's words read once, so a document full of
 * field-like lines costs one pass, not one search of the whole text per line.
 */
function repeatedPhrases(lines: readonly string[], shortLine: number): Set<string> {
  const candidates = new Set<string>();
  lines.forEach((line, index) => {
    const phrase = index > 0 ? phraseAcross(lines[index - 1] ?? '', line, shortLine) : null;
    if (phrase !== null) candidates.add(phrase);
  });
  const repeated = new Set<string>();
  if (candidates.size === 0) return repeated;
  const words = lines.join(' ').toLowerCase().split(WORD_SPLIT).filter(Boolean);
  const seen = new Set<string>();
  for (let start = 0; start < words.length; start += 1) {
    let run = words[start] ?? '';
    for (let end = start + 1; end < Math.min(words.length, start + PHRASE_WORDS); end += 1) {
      run += ` ${words[end] ?? ''}`;
      if (!candidates.has(run)) continue;
      if (seen.has(run)) repeated.add(run);
      else seen.add(run);
    }
  }
  return repeated;
}

// Round 20: a line left inside a quotation ("… an Arria-formula meeting on “Religion,") goes on
// at the next, though that reads like a field ("Belief and Conflict: the protection …").
function leavesQuotationOpen(line: string): boolean {
  const count = (marks: RegExp): number => (line.match(marks) ?? []).length;
  return count(/“/gu) > count(/”/gu) || count(/«/gu) > count(/»/gu);
}

function startsField(
  previous: string,
  line: string,
  shortLine: number,
  repeated: ReadonlySet<string>,
): boolean {
  if (!FIELD_START.test(line.trim()) || leavesQuotationOpen(previous)) return false;
  const phrase = phraseAcross(previous, line, shortLine);
  return phrase === null || !repeated.has(phrase);
}

function typicalLength(lines: readonly string[]): number {
  const lengths = lines
    .map((line) => line.trim().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)?.[0].length ?? 0;
}

/**
 * Word's second-level bullet "o" arrives as a letter: a line that begins with it, as the line
 * above did, is the next sub-item, not the rest of a sentence.
 */
function sameListMark(previous: string, line: string): boolean {
  return /^o\s+\S/.test(previous) && /^o\s+\S/.test(line);
}

// Round 13b: a line indented to where the text of a footnote or list item above it begins
// continues it (a hanging indent): "¹ See the report … in armed" / "  conflict (S/2026/355),
// paras. 41–44." is one footnote, not a footnote and a paragraph.
const MARKED_LINE =
  /^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\(?[a-z]{1,2}\)|\(?[ivxlc]{1,5}[.)]|\d{1,3}[.)]|[•▪●◦·\-–—*➢►])\s+(?=\S)/u;

function hangsUnder(previous: string, line: string): boolean {
  const mark = MARKED_LINE.exec(previous);
  return mark !== null && Math.abs(indentOf(line) - mark[0].length) <= 1;
}

// Round 13b: an e-mail header's field left empty ("Cc:", "To:", `Para:`) is a line of the
// header, not the end of the subject above it.
const EMPTY_MAIL_FIELD =
  /^(?:From|Sent|Date|To|Cc|Bcc|Subject|De|Envoyé|À|Objet|Enviado(?:\s+el)?|Para|Asunto|Fecha)\s*:$/iu;

// A line naming the document's kind ("Concept note (as of 15 March 2016)") is a line of the
// title block of its own, never the end of the title above it.
const DOCUMENT_KIND =
  /^(?:concept\s+note|note\s+conceptuelle|note\s+de\s+cadrage|nota\s+conceptual|nota\s+de\s+concepto)\b/i;

// Round 25b: a line that opens with a day's full date ("Wednesday, 25 September 2019",
// "Thursday, 18 November 2027, 10.00 – 13.00, Conference Room 1", `jeudi 14 octobre 2027`,
// `miércoles, 25 de septiembre de 2019`) is a title block's date line, not the end of the title
// line above it; unless the line above leaves a sentence open, ending on a word in lower case
// or a comma ("… will take place on", "… no later than", "…,"): a title ends on a capital or a
// quotation mark.
const DATE_LINE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s+(?:\d{1,2}(?:er)?\s+(?:de\s+)?\p{L}+|\p{L}+\s+\d{1,2}),?\s+(?:de\s+)?\d{4}(?:$|\s*[,–—-])/iu;
const OPEN_END = /(?:(?<![\p{L}'’-])\p{Ll}[\p{L}-]*|,)$/u;

function dateLine(before: string, text: string): boolean {
  return DATE_LINE.test(text) && !OPEN_END.test(before);
}

// Round 25b: a title in capitals wrapped right after its colon ("Leaders Dialogue 2:
// Accelerating the Achievement of the Sustainable Development Goals:" / "Critical Entry
// Points") goes on with its subtitle: a full line in title case ending on the colon, then a
// short line in title case without closing punctuation. A lead-in ("… the following
// questions:") is written in lower case.
function titleCased(line: string): boolean {
  const words = line.split(/\s+/u).filter((word) => /^\p{L}{4,}/u.test(word));
  const capitals = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 2 && capitals >= words.length * 0.7;
}

function subtitleCut(before: string, text: string, shortLine: number): boolean {
  return (
    before.endsWith(':') &&
    before.length >= shortLine &&
    text.length <= 60 &&
    !/[.;:!?,]$/u.test(text) &&
    titleCased(before) &&
    titleCased(text)
  );
}

// Round 31d: a news item set one paragraph a line keeps its subheadings on lines of their own
// ("… wherever appropriate." / "Briefing on Relationship between Conflict and Environmental
// Harm" / "One key event for the month, …"): a short line in title case without closing
// punctuation, after a line that ends a sentence and above a full line, is a heading, not the
// end of the paragraph above it. A wrapped paragraph never ends that way: its last line closes
// the sentence.
const SENTENCE_CLOSED = /[.!?][”"’»)]?$/u;

function subheading(before: string, text: string, after: string, shortLine: number): boolean {
  return (
    SENTENCE_CLOSED.test(before) &&
    before.length >= shortLine &&
    text.length >= 8 &&
    text.length <= 100 &&
    text.length < shortLine &&
    /^\p{Lu}/u.test(text) &&
    !/[.;:,!?]$/u.test(text) &&
    titleCased(text) &&
    after.length >= shortLine &&
    /^[\p{Lu}“"«]/u.test(after)
  );
}

// Round 31e: a short line that ends on an article or a conjunction ("The Permanent Mission of
// Switzerland and the" / "Universal Rights Group are pleased to invite you …") leaves its phrase
// open: the next line goes on with it, though the line is short. No title or heading ends so.
const OPEN_PHRASE = /(?<![\p{L}'’-])(?:the|an|and|of|le|la|les|des|du|et|el|los|las|del)$/u;

// Round w37at: a paragraph that runs its questions on after a lead-in's colon (`… las siguientes
// preguntas: ¿Qué …? ¿Cómo …?`, “… the following questions: How …? What …?”) keeps them when
// a question ends a full line: the next question opening the next line goes on with the
// paragraph, as the PDF wrapped it. Questions set one to a line open their own lines.
const QUESTIONS_RUN_ON =
  /:\s+(?:¿|(?:What|How|Which|Why|Who|Comment|Quel(?:le)?s?|Qu['’]|Cómo|Qué|Cuál(?:es)?|Quién(?:es)?)(?![\p{L}]))/u;

function questionRunsOn(before: string, runsQuestions: boolean, shortLine: number): boolean {
  return runsQuestions && /[?？؟]$/u.test(before) && before.length >= shortLine;
}

function startsBlock(
  previous: string,
  line: string,
  shortLine: number,
  repeated: ReadonlySet<string>,
  next = '',
  runsQuestions = false,
): boolean {
  const text = line.trim();
  const before = previous.trim();
  return (
    BLOCK_START.test(text) ||
    startsField(previous, line, shortLine, repeated) ||
    fieldAfterField(before, text) ||
    DOCUMENT_KIND.test(text) ||
    dateLine(before, text) ||
    subheading(before, text, next.trim(), shortLine) ||
    EMPTY_MAIL_FIELD.test(text) ||
    (indentOf(line) >= indentOf(previous) + 2 && !hangsUnder(previous, line)) ||
    sameListMark(before, text) ||
    // Round 35h: a Spanish question opens with `¿` (`¡`), not a capital, as the next line's does.
    (/[?:]$/.test(before) &&
      /^[\p{Lu}“"‘'(¿¡]/u.test(text) &&
      !subtitleCut(before, text, shortLine) &&
      !questionRunsOn(before, runsQuestions, shortLine)) ||
    (before.length < shortLine && !OPEN_PHRASE.test(before))
  );
}

// A web page flattened to one line keeps its title before the words naming the document's
// kind: "13 February 2016 Panel on the contribution of parliaments … Review CONCEPT NOTE Date
// and Venue …". The kind, capitalized as a heading prints it, starts a block of its own there
// too, and the title before it stands alone. Only in a line as long as a page, only near its
// start, and only after words that end no sentence.
const FLATTENED = 400;
// Round 25b: a Human Rights Council panel's title runs past 300 characters ("23rd session of
// the Human Rights Council Panel discussion on common challenges facing States … to support
// such processes CONCEPT NOTE …"): the kind is looked for in the line's first 500.
const TITLE_WINDOW = 500;
const KIND_INLINE =
  /\s(?=(?:Concept [Nn]ote|CONCEPT NOTE|Note conceptuelle|NOTE CONCEPTUELLE|Nota conceptual|NOTA CONCEPTUAL)(?![\p{L}]))/u;

function splitFlattenedTitle(line: string): string[] {
  if (line.length < FLATTENED) return [line];
  const kind = KIND_INLINE.exec(line.slice(0, TITLE_WINDOW));
  const title = kind ? line.slice(0, kind.index).trim() : '';
  if (!kind || title.length < 20 || /[.;:!?,]$/u.test(title)) return [line];
  return [title, '', line.slice(kind.index + 1)];
}

/**
 * A block being reflowed, kept as pieces with its last word (its trailing run of non-space
 * characters) apart. Whether a line-end hyphen cuts a word, and how to join it, depends on
 * that word alone (its letters, or an address), so only it is read as lines are added:
 * testing and re-joining the whole block for each line made a block of 30,000 lines cost
 * time in the square of its length.
 */
class ReflowedBlock {
  private readonly pieces: string[] = [];
  private lastWord = '';
  /** Round 28: whether the sentence under way opened an aside with a hyphen (" -que …"). */
  private asideOpen = false;

  constructor(line: string) {
    this.add(line);
    this.noteAside(line);
  }

  append(line: string, vocabulary: ReadonlySet<string>): void {
    // A line-end hyphen closing an aside ("… del Consejo-" / "prevé …") is a dash, no cut word.
    const closesAside = this.asideOpen && /\p{L}-$/u.test(this.lastWord);
    this.noteAside(line);
    // Round w37bt: a line that ends after a slash inside a word ("HIV/" / "AIDS", `VIH/` /
    // `SIDA`, "and/" / "or") goes on without a space, as the word does.
    if (/\p{L}\/$/u.test(this.lastWord) && /^\p{L}/u.test(line)) {
      this.add(line);
      return;
    }
    if (!/\p{L}-$/u.test(this.lastWord) || closesAside) {
      this.add(` ${line}`);
      return;
    }
    const joined = joinHyphenated(this.lastWord, line, vocabulary);
    // The word keeps or loses its hyphen; the line follows it unchanged.
    this.lastWord = joined.slice(0, joined.length - line.length);
    this.add(line);
  }

  text(): string {
    return this.pieces.join('') + this.lastWord;
  }

  /** Follows the asides a line opens and the sentences it ends, reading that line alone. */
  private noteAside(line: string): void {
    const lastEnd = Math.max(
      line.lastIndexOf('. '),
      line.lastIndexOf('? '),
      line.lastIndexOf('! '),
    );
    const rest = line.slice(lastEnd + 1);
    if (lastEnd >= 0) this.asideOpen = false;
    if (/(?:^|\s)-\p{L}/u.test(rest)) this.asideOpen = true;
    if (/\p{L}-\s/u.test(rest)) this.asideOpen = false;
  }

  /** Appends text whose start, when it is not a space, continues the last word. */
  private add(text: string): void {
    const space = LAST_SPACE.exec(text);
    if (!space) {
      this.lastWord += text;
      return;
    }
    this.pieces.push(this.lastWord, text.slice(0, space.index + 1));
    this.lastWord = text.slice(space.index + 1);
  }
}
const LAST_SPACE = /\s(?=\S*$)/u;

export function reflowLines(source: readonly string[]): string[] {
  const lines = source.flatMap(splitFlattenedTitle);
  const shortLine = typicalLength(lines) * 0.6;
  // Words split at a line end are looked up among the document's unbroken words.
  const vocabulary = vocabularyOf(lines.join('\n'));
  const repeated = repeatedPhrases(lines, shortLine);
  const blocks: string[] = [];
  let current: ReflowedBlock | null = null;
  let previousLine = '';
  // Whether the block under way runs questions on after a colon (QUESTIONS_RUN_ON), read line by line.
  let runsQuestions = false;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      if (current !== null) blocks.push(current.text());
      current = null;
    } else if (
      current === null ||
      startsBlock(previousLine, line, shortLine, repeated, lines[index + 1], runsQuestions)
    ) {
      if (current !== null) blocks.push(current.text());
      current = new ReflowedBlock(line.trim());
      runsQuestions = false;
    } else {
      current.append(line.trim(), vocabulary);
    }
    runsQuestions ||= QUESTIONS_RUN_ON.test(line);
    previousLine = line;
  }
  if (current !== null) blocks.push(current.text());
  return blocks;
}
