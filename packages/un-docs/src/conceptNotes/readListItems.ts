import { asksQuestion } from './cues/questionWithSubItems.js';
import { joinInlineSubItems } from './cues/subItemsInline.js';
import { type Label, parseLabel } from '../text/parseLabel.js';
import { isHeading } from '../text/splitBlocks.js';
import type { LabeledItem } from './ConceptNote.js';
import { headingTopic, namesOtherSection } from './cues/listHeadingWords.js';
import { mostlyQuestions, readInlineList } from './readInlineList.js';

// Reads the items that follow a section heading or an introductory sentence ("speakers are
// invited to address the following:"), until the next heading or the next paragraph of
// the note. Labels are kept as given; unlabelled bullets and questions get their position.

export interface ListRead {
  items: LabeledItem[];
  /** Index of the first block after the list. */
  end: number;
}

interface ListState {
  items: LabeledItem[];
  parent: string | null;
  previousLetter: string | null;
  introBlocks: number;
  /** The number of the list's last numbered item: its label is as printed ("1)", "Q1"). */
  lastNumber: number | null;
  /** The label kind of the list's own items, once known. */
  itemKind: string | null;
  /** The mark of the list's own bullets, once known. */
  itemGlyph: string | null;
}

/**
 * Items of another kind under the list's own labelled items are that item's sub-items: a
 * bullet under a numbered question, "(a)" under "2.". A new number never is.
 */
function introducesSubItems(lastItem: LabeledItem, label: Label, state: ListState): boolean {
  const { kind, rest } = label;
  if (state.itemKind === null || kind === 'number') return false;
  // "–" under "-", "▪" under "•": bullets of another mark under the list's own bullets.
  if (kind === 'bullet' && state.itemKind === 'bullet' && label.glyph !== state.itemGlyph)
    return true;
  const open = /:$/.test(lastItem.text.split('\n')[0] ?? '') || lastItem.text.includes('\n');
  // Bullets under a bullet that ends with "including:" continue its sentence in lower case.
  if (kind === state.itemKind) return kind === 'bullet' && open && /^\p{Ll}/u.test(rest.trim());
  return open || kind === 'bullet' || state.itemKind === 'number';
}

/**
 * A bullet is layout and goes; a sub-item's own label ("(a)", "(i)") is kept. Round h12t
 * (decided in session 18, the twelfth holdout's three readers): as printed where the print
 * brackets it (`a)` stays `a)`), as `(a)` where it is a bare letter with a full stop.
 */
function subItemText(label: Label): string {
  if (label.kind === 'bullet') return label.rest.trim();
  const mark = label.printed.endsWith(')') ? label.printed : `(${label.value})`;
  return `${mark} ${cleanItemText(label.rest)}`;
}

// Round 13b: a footnote's reference mark after a word or a question mark ("… Commission?¹",
// `informelles¹ ?`) points to the page's foot; it is no part of the item's words.
const FOOTNOTE_REFERENCE = /(?<=[\p{L}\p{N}.,;:?!)”"’»])[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?=[\s?.,;:!)]|$)/gu;

// Round 15b: a bullet left at the end of an item ("… in response to the SDGs. •"), where a
// page pasted the next item's mark onto this line, is no part of its words.
const TRAILING_BULLET = /\s+[•▪◦●]\s*$/u;

/** An item's text without the separator that ties it to the next ("; and") or its full stop. */
export function cleanItemText(text: string): string {
  return joinInlineSubItems(text)
    .replace(FOOTNOTE_REFERENCE, '')
    .replace(TRAILING_BULLET, '')
    .trim()
    .replace(/\s*[;,]\s*(?:and|or|et|ou|y|o)?$/iu, '')
    .replace(/(?<![.]\p{L})\.$/u, '')
    .trim();
}

/**
 * A label as printed ("a)", "(1)", "Q1"), a letter or roman numeral joined to the number of the
 * paragraph it hangs under ("4(a)", "4a)"); a bullet prints none and takes its position.
 */
function labelFor(state: ListState, label: Label): string {
  if (label.kind === 'number') return label.printed;
  if (label.kind === 'letter' || label.kind === 'roman')
    return `${state.parent ?? ''}${label.printed}`;
  return String(state.items.length + 1);
}

/** An inline item's label is a letter or roman numeral, not a number. */
const lettered = (label: string): boolean => !/^\(?\d/u.test(label);

/**
 * An item that is itself a lead-in and its questions written inline ("4. Participants are
 * invited to address the following questions: a) ¿…?; b) ¿…?", or "… the following
 * questions: What …? How …?") holds several points: lettered ones take the item's number
 * ("4(a)"), the others their position. Null when the item is one point.
 */
function inlinePoints(state: ListState, text: string, number: string | null): LabeledItem[] | null {
  const inline = readInlineList(text);
  if (!inline || !/:$/u.test(inline.leadIn) || !mostlyQuestions(inline.items)) return null;
  return inline.items.map((item, index) => ({
    label: lettered(item.label)
      ? `${number ?? ''}${item.label}`
      : String(state.items.length + index + 1),
    text: item.text,
  }));
}

/**
 * Does `next` carry the list's next number or letter? Only an ordered list proves it goes on:
 * a paragraph between two bullet lists is usually the lead-in of the second.
 */
function resumesList(state: ListState, lastItem: LabeledItem, next: string): boolean {
  const label = parseLabel(next, state.previousLetter);
  if (!label || label.kind !== state.itemKind) return false;
  if (label.kind === 'number') return Number(label.value) === (state.lastNumber ?? NaN) + 1;
  if (label.kind === 'letter')
    return label.value.charCodeAt(0) === (state.previousLetter ?? '').charCodeAt(0) + 1;
  return false;
}

/**
 * Round 15b: a list in segments, each under its sub-heading and lettered again from "(a)"
 * ("Segment 2: Response and recovery" / "(a) What …?"), goes on past the sub-heading; the
 * repeated letters are told apart afterwards, "(a)-2" (uniqueLabels.ts).
 */
const ANNEX = /^(?:annex|annexe|anexo|appendix|appendice|apéndice)\b/iu;

function lettersAgain(subHeading: string, next: string): boolean {
  // A heading for another list ("Key questions" after the objectives) starts that list; an
  // annex starts another document.
  if (headingTopic(subHeading) !== null || ANNEX.test(subHeading)) return false;
  const label = parseLabel(next);
  return label?.kind === 'letter' && label.value.toLowerCase() === 'a';
}

/**
 * Items that a line holds one after another from its own label ("a) ¿…?; b) ¿…?; y c) ¿…?",
 * a paragraph reflowed from a PDF after its lead-in "4. … las siguientes preguntas:"): each
 * is an item, lettered ones under the list's paragraph number.
 */
function itemsOnOneLine(state: ListState, block: string): LabeledItem[] | null {
  const inline = readInlineList(block);
  if (!inline || inline.leadIn !== '' || inline.items.length < 2) return null;
  return inline.items.map((item) => ({
    label: lettered(item.label) ? `${state.parent ?? ''}${item.label}` : item.label,
    text: item.text,
  }));
}

/** Returns false when `block` ends the list. `next` is the block after it. */
function readBlock(state: ListState, block: string, next: string, questionsOnly: boolean): boolean {
  const label = parseLabel(block, state.previousLetter);
  const lastItem = state.items[state.items.length - 1];
  if (!label) {
    // A sub-heading inside a lettered list ("Panel 2: Water in post-conflict recovery") when
    // the list's next letter follows it; a heading naming another section of the note, or any
    // heading in a numbered list (whose numbers may be the note's paragraphs: "Participation"
    // before paragraph 4), ends the list.
    if (isHeading(block))
      return (
        lastItem !== undefined &&
        state.itemKind === 'letter' &&
        !namesOtherSection(block) &&
        (resumesList(state, lastItem, next) || lettersAgain(block, next))
      );
    if (questionsOnly && block.endsWith('?')) {
      const inline = inlinePoints(state, block, null);
      if (inline) state.items.push(...inline);
      else if (block.length < 400)
        state.items.push({ label: String(state.items.length + 1), text: cleanItemText(block) });
      else return false;
      return true;
    }
    // A paragraph between two items of the list ("1. How can …?" / "The Commission's
    // configurations often …" / "2. What …?") comments on the item before it; the list goes on.
    if (lastItem && !block.endsWith(':') && resumesList(state, lastItem, next)) return true;
    state.introBlocks += 1;
    return state.items.length === 0 && state.introBlocks <= 2;
  }
  if (label.kind === 'number') {
    const continuesList =
      lastItem !== undefined &&
      state.itemKind === 'number' &&
      Number(label.value) === (state.lastNumber ?? NaN) + 1;
    // "1. How can …, in particular through:" followed by bullets is a point with sub-items;
    // "12. … the following:" followed by "(a)" introduces the points 12(a), 12(b), ….
    const nextKind = parseLabel(next)?.kind;
    // Round w36ct: unless the paragraph is a question itself (cues/questionWithSubItems.ts).
    const introduces =
      block.endsWith(':') &&
      (nextKind === 'letter' || nextKind === 'roman') &&
      !asksQuestion(label.rest);
    // Questions numbered as the note's paragraphs ("4. ¿Cómo …?") start a list anywhere.
    const startsList = !lastItem && (label.value === '1' || /[?？؟]$/.test(block)) && !introduces;
    if (!continuesList && !startsList) {
      if (lastItem || state.parent !== null || !block.endsWith(':')) return false;
      state.parent = label.value;
      return true;
    }
  }
  if (lastItem && introducesSubItems(lastItem, label, state)) {
    // A point that ends with a colon has its own list ("including:", "in particular
    // with:"): those items belong to the point, until the point's own list resumes.
    lastItem.text = `${lastItem.text}\n${subItemText(label)}`;
    return true;
  }
  if (label.kind === 'roman' && lastItem && state.itemKind !== 'roman') {
    // Roman sub-items of a lettered or numbered point belong to that point.
    lastItem.text = `${lastItem.text}\n${subItemText(label)}`;
    return true;
  }
  const inline = questionsOnly
    ? inlinePoints(state, label.rest, label.kind === 'number' ? label.value : null)
    : null;
  if (inline) {
    state.items.push(...inline);
    return true;
  }
  const run = itemsOnOneLine(state, block);
  if (run) {
    state.items.push(...run);
    state.itemKind ??= label.kind;
    return true;
  }
  if (label.kind === 'letter') state.previousLetter = label.value;
  if (label.kind === 'number') state.lastNumber = Number(label.value);
  state.itemKind ??= label.kind;
  if (label.kind === 'bullet') state.itemGlyph ??= label.glyph ?? null;
  state.items.push({
    label: labelFor(state, label),
    text: cleanItemText(label.rest),
  });
  return true;
}

export function readListItems(
  blocks: readonly string[],
  start: number,
  questionsOnly: boolean,
): ListRead {
  const state: ListState = {
    items: [],
    parent: null,
    previousLetter: null,
    introBlocks: 0,
    lastNumber: null,
    itemKind: null,
    itemGlyph: null,
  };
  // A page's running title repeats a line from the note's top: inside a list, at a page
  // break, it is page furniture and the list goes on.
  const earlier = new Set(blocks.slice(0, start));
  let index = start;
  for (; index < blocks.length; index += 1) {
    const block = blocks[index] ?? '';
    if (state.items.length > 0 && earlier.has(block) && parseLabel(block) === null) continue;
    if (!readBlock(state, block, blocks[index + 1] ?? '', questionsOnly)) break;
  }
  return { items: state.items, end: index };
}
