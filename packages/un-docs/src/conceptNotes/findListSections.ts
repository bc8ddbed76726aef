import { parseLabel } from '../text/parseLabel.js';
import { isHeading } from '../text/splitBlocks.js';
import type { LabeledItem } from './ConceptNote.js';
import { capitalsHeadline } from './cues/capitalsHeadline.js';
import { exchangeIncludes } from './cues/exchangeIncludes.js';
import { headingTopic } from './cues/listHeadingWords.js';
import { readInfinitiveList } from './readInfinitiveList.js';
import { readInlineList, unlabelledQuestions } from './readInlineList.js';
import { readNumberedQuestions } from './readNumberedQuestions.js';
import { readListItems } from './readListItems.js';
import { inlineUnderParagraph } from './inlineUnderParagraph.js';
import { infinitiveParagraphs } from './cues/infinitiveParagraphs.js';

// Objectives and discussion points live in their own sections, found by heading
// ("Indicative points for discussion", "Guiding questions") or by the sentence that
// introduces them ("speakers are invited to address the following:").

// French and Spanish notes: "Questions directrices", "Preguntas orientadoras", "Objectifs".
// Round 20: "questions to help guide the discussion" as "questions to guide" it.
const POINTS_HEADING =
  /\b(?:points|questions|issues|themes|topics|elements|areas)\s+(?:for|to (?:help )?guide|to be addressed|to address|for the)\b|\b(?:guiding|key|indicative|suggested|possible|proposed|main|central|discussion|framing|leading|orienting)\s+(?:questions|points|issues|topics)\b|^(?:questions|points)\b|\bquestions\s+(?:directrices|d['’]orientation|pour (?:orienter|guider)|à examiner|proposées|de discussion)\b|\bpoints de discussion\b|\b(?:preguntas|cuestiones)\s+(?:orientadoras|rectoras|para (?:orientar|guiar|el debate)|de debate|que (?:orientarán|guiarán))\b|^(?:preguntas|cuestiones)\b/iu;
const POINTS_INTRO =
  /\b(?:invited|encouraged|asked|requested)\s+to\s+(?:address|focus on|consider|reflect on|respond to|share)\b|\bmay wish to\s+(?:address|reflect|consider|focus|respond)\b|\bfollowing\s+(?:questions?|points|issues)\b|\bguiding questions\b|\bquestions (?:to (?:help )?guide|for)\b|\b(?:invités?|encouragés?)\s+à\s+(?:aborder|examiner|répondre|réfléchir|se pencher)\b|\bquestions? suivantes?\b|\bsiguientes? preguntas?\b|\b(?:invita|alienta)\b.{0,60}\ba\s+(?:abordar|examinar|responder|reflexionar)\b|\bsiguientes (?:preguntas|cuestiones)\b/iu;
const OBJECTIVES_HEADING =
  /^(?:objectives?|aims?|purposes?|goals?|objectifs?|buts?|objetivos?|finalidad|propósito)\b/iu;
// Round 32a: `viser à` in the present or the future (`La réunion vise à :`, `Le dialogue visera
// à :`) ends on "à", which no ASCII word boundary follows: it is ended as a letter.
// Round 35h: "The meeting will have the following objectives:", `los siguientes objetivos`, `les
// objectifs suivants` introduce them as "the following questions" introduces points.
const OBJECTIVES_INTRO =
  /\bfollowing\s+(?:objectives|aims|purposes|goals)\b|\bsiguientes\s+objetivos\b|\bobjectifs\s+suivants\b|\b(?:aims?|seeks?|objectives?\s+(?:of|are|is)|purposes?\s+(?:of|are|is)|a pour (?:objet|objectifs?|but)|ont pour (?:objet|objectifs?)|tiene por (?:objeto|objetivo)|tiene como objetivo|pretende|procura)\b|\bvis(?:e|ent|era|eront)\s+à(?![\p{L}])/iu;

// Round 21: a table row labelled with the objectives ("Objectives: / The meeting will … It will
// do so by:", `Objectifs : / … elle s'attachera à :`) whose text ends leading into a list: the
// items below it are the objectives, however the lead-in is worded.
const OBJECTIVES_ROW = /^(?:objectives?|aims?|purposes?|goals?|objectifs?|objetivos?)\s*:\s*\/\s/iu;

export type ListKind = 'objectives' | 'points';

// A lead-in about what the delegations' statements will take up ("Las intervenciones de los
// Estados Miembros podrían centrarse en los siguientes aspectos:", "Statements could cover:")
// introduces the points, unless it is about sending them or their length.
const STATEMENTS_LEAD_IN =
  /\b(?:statements|interventions|remarks|déclarations|intervenciones|declaraciones)\b/iu;
const NOT_ABOUT_CONTENT =
  /\b(?:sen[dt]|submi|e-?mail|transmi|envoy|envi|remit|minutes?|minutos|list of speakers|liste des orateurs|lista de oradores)/iu;

function statementsLeadIn(block: string): boolean {
  return (
    block.endsWith(':') &&
    block.length < 300 &&
    STATEMENTS_LEAD_IN.test(block) &&
    !NOT_ABOUT_CONTENT.test(block)
  );
}

// Round 17: a section head numbered in Arabic figures ("2. Objectives", "3. Guiding
// questions"), short and without closing punctuation, heads its section as "II. Objectives"
// does; a numbered paragraph runs on as a sentence.
const NUMBERED_HEAD = /^\d{1,2}\.\s+/;

function numberedHeading(block: string): boolean {
  const rest = block.replace(NUMBERED_HEAD, '');
  return rest !== block && rest.length <= 60 && isHeading(rest);
}

// Round 31d: a spokesperson's headline in capitals (cues/capitalsHeadline.ts) may hold a word
// about aims or questions in its sentence ("CLIMATE CHANGE GOALS CAN'T BE MET WITHOUT INVOLVING
// YOUTH", "PRESIDENT SAYS DEBT QUESTIONS MUST BE ANSWERED …"): it heads a news item, whose bullets
// are no objectives or points. A section heading in capitals opens with its topic ("GUIDING
// QUESTIONS FOR THE …", "KEY OBJECTIVES OF …"), within its first two words.
function newsHeadline(title: string): boolean {
  const opening = title.trim().split(/\s+/u).slice(0, 2).join(' ');
  return capitalsHeadline(title) && headingTopic(opening) === null;
}

function startsSection(block: string, kind: ListKind): boolean {
  const numbered = numberedHeading(block);
  const heading = isHeading(block) || numbered || (block.endsWith(':') && block.length < 80);
  const title = heading
    ? block.replace(/^(?:[IVXL]{1,5}|[A-Z])\.\s+/, '').replace(numbered ? NUMBERED_HEAD : /^$/, '')
    : block;
  // A heading named by its words ("Focus of the discussion", "What the meeting hopes to
  // achieve"), checked before the phrases that also catch lead-ins.
  if (isHeading(block) && headingTopic(title) === kind && !newsHeadline(title)) return true;
  // Round t42d: a short lead-in naming the list by its topic's word, however its sentence runs
  // ("As specific objectives, the meeting will also reflect on how to:", "Entre sus objetivos,
  // el diálogo buscará:").
  if (kind === 'objectives' && block.endsWith(':') && headingTopic(block) === kind) return true;
  if (kind === 'points') {
    return (
      (heading && POINTS_HEADING.test(title)) ||
      (block.endsWith(':') && POINTS_INTRO.test(block)) ||
      statementsLeadIn(block)
    );
  }
  return (
    (heading && OBJECTIVES_HEADING.test(title)) ||
    (block.endsWith(':') && OBJECTIVES_INTRO.test(block) && !POINTS_INTRO.test(block)) ||
    (block.endsWith(':') && OBJECTIVES_ROW.test(block))
  );
}

/** Does a lead-in ("The objectives … are:", "may wish to focus … on:") introduce `kind`? */
export function introduces(leadIn: string, kind: ListKind): boolean {
  if (headingTopic(leadIn) === kind) return true;
  if (kind === 'points')
    return POINTS_INTRO.test(leadIn) || statementsLeadIn(leadIn) || exchangeIncludes(leadIn);
  return OBJECTIVES_INTRO.test(leadIn) && !POINTS_INTRO.test(leadIn) && !exchangeIncludes(leadIn);
}

/** The first list written inline in a paragraph whose lead-in introduces `kind`. */
export function findInlineList(blocks: readonly string[], kind: ListKind): LabeledItem[] {
  // Round 27b: the lead-in is the sentence the list is written in; a sentence before it in the
  // paragraph ("The side event seeks to … Speakers will include 1) …; 2) …") introduces nothing.
  for (const block of blocks) {
    const list = readInlineList(block);
    if (list && list.leadIn.length > 0 && introduces(lastSentence(list.leadIn), kind))
      return inlineUnderParagraph(block, list.items);
  }
  // Questions numbered inline after their lead-in: "… for your consideration: 1. How …?".
  if (kind === 'points') {
    for (const block of blocks) {
      const list = readNumberedQuestions(block);
      if (list && introduces(lastSentence(list.leadIn), kind)) return list.items;
    }
  }
  // One question or more written inline right after a points lead-in's colon, as a note
  // verbale puts its single question: "… invited to address the following question: How …?".
  if (kind === 'points') {
    for (const block of blocks) {
      const list = unlabelledQuestions(block, 1);
      if (list && introduces(lastSentence(list.leadIn), kind)) return list.items;
    }
  }
  // Objectives whose list marks a flattened page lost: "aims: To …; To …; and To …".
  if (kind === 'objectives') {
    for (const block of blocks) {
      const list = readInfinitiveList(block);
      if (list) return list.items;
    }
  }
  return [];
}

export function findListSections(blocks: readonly string[], kind: ListKind): LabeledItem[] {
  const items: LabeledItem[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index] ?? '';
    if (!startsSection(block, kind)) {
      index += 1;
      continue;
    }
    // An introductory sentence is itself the first block of the list (it may carry the number).
    const first = isHeading(block) || numberedHeading(block) ? index + 1 : index;
    const read = readListItems(blocks, first, kind === 'points');
    // Round h13t: objectives as plain infinitive paragraphs under their heading
    // (cues/infinitiveParagraphs.ts).
    // Round t43d: or under a lead-in ending on its colon, a form's row joined to its first cell
    // ("Objectives: The panel discussion aims:" / "To assess …" / "To consider …").
    const after = first > index ? first : block.endsWith(':') ? index + 1 : -1;
    const paragraphs =
      kind === 'objectives' && read.items.length === 0 && after > index
        ? infinitiveParagraphs(blocks, after)
        : [];
    if (paragraphs.length > 0) {
      items.push(...paragraphs);
      index = after + paragraphs.length;
      continue;
    }
    index = Math.max(read.end, index + 1);
    if (numberedParagraph(read.items, blocks, read.end)) continue;
    // Session 16: a list that starts again at 1 keeps its labels as printed, as one that goes
    // on with the numbers of the one before does; the repeats are told apart later
    // (`uniqueLabels.ts`), as the label convention says.
    items.push(...read.items);
  }
  return items;
}

/**
 * A section holding one numbered paragraph whose number goes on in the next section ("I.
 * Purpose" / "1. The open debate will …" / "II. Background" / "2. …"): the note numbers its
 * paragraphs across sections, and that paragraph is prose, not a one-item list.
 */
function numberedParagraph(
  read: readonly LabeledItem[],
  blocks: readonly string[],
  end: number,
): boolean {
  const only = read.length === 1 ? read[0] : undefined;
  if (!only || !/^\d+$/.test(only.label)) return false;
  let headed = false;
  for (const block of blocks.slice(end, end + 6)) {
    const label = parseLabel(block);
    if (label?.kind === 'number') return headed && Number(label.value) === Number(only.label) + 1;
    if (isHeading(block)) headed = true;
  }
  return false;
}

/** The sentence a lead-in ends with: a flattened page's block holds many before it. */
function lastSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? text;
}
