import { isDateLine } from '../dateLines.js';
import { MEETING_WORD } from '../meetingWords.js';
import { BODY_NAMES } from './bodyNames.js';
import { type Cue } from './Candidate.js';
import { headingTopic } from './listHeadingWords.js';
import { themed } from './themed.js';

// Round w36ct: a page may print the theme as its heading and name the meeting in the sentence
// below it by pointing back ("Agua potable y saneamiento …" / "El Consejo … celebrará … una mesa
// redonda sobre este tema", "… will hold a panel discussion on this topic", `une table ronde sur ce
// thème`): the heading is the theme, in its words as printed there. Only the heading right above
// the sentence's paragraph counts, past a date line: a line, not a sentence (no closing stop).
const POINTS_BACK =
  /(?<![\p{L}])(?:on|about)\s+(?:this|that)\s+(?:topic|theme|subject|issue|question)|(?:sur|à)\s+(?:ce\s+(?:thème|sujet)|cette\s+(?:question|thématique))|sobre\s+(?:este|ese)\s+(?:tema|asunto)|sobre\s+esta\s+(?:cuestión|temática)(?![\p{L}])/iu;
// Round h11t: the heading of the questions below ("Guiding questions (advance copy, for
// delegations)", `Preguntas orientadoras`, `Questions directrices`) is the list's, not the
// topic's: the sentence points back past it to the title above.
const LIST_HEADING_START =
  /^(?:guiding|key|questions?|preguntas?|cuestiones|points?|pistes|axes)(?![\p{L}])/iu;
const HEADING_LENGTH = 200;
const LOOK_BACK = 3;

function headingAbove(blocks: readonly string[], at: number): string | null {
  for (let index = at - 1; index >= Math.max(0, at - LOOK_BACK); index -= 1) {
    const block = (blocks[index] ?? '').trim();
    if (isDateLine(block)) continue;
    if (LIST_HEADING_START.test(block) && headingTopic(block) === 'points') continue;
    const line =
      !block.includes('\n') && block.length <= HEADING_LENGTH && !/[.;:!,]$/u.test(block);
    return line && /^\p{Lu}/u.test(block) && !/:\s/u.test(block.slice(0, 20)) ? block : null;
  }
  return null;
}

// Round h14t: the meeting is what points back, named at most three words before the pointer,
// besides the body it belongs to ("a panel discussion on this topic", `la mesa redonda del Consejo
// de Derechos Humanos sobre este tema`); a report the sentence asks for "on this topic" after it
// (`… d'organiser la réunion-débat et d'établir un rapport résumé à ce sujet`) points back to the
// meeting's own subject, not to a heading.
const OF_BODY = new RegExp(
  String.raw`\s+(?:of|du|de|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?(?:${BODY_NAMES.map(([, pattern]) => pattern.source).join('|')})`,
  'giu',
);
const CLOSE_BY = 3;

function meetingPointsBack(before: string): boolean {
  const meetings = [...before.matchAll(new RegExp(MEETING_WORD.source, 'giu'))];
  const last = meetings.at(-1);
  if (last === undefined) return false;
  const between = before.slice(last.index + last[0].length).replace(OF_BODY, ' ');
  return between.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length <= CLOSE_BY;
}

export const thisTopicHeading: Cue<string> = ({ blocks, sentences }) =>
  sentences.flatMap(({ text, block }) => {
    const back = POINTS_BACK.exec(text);
    if (!back || !meetingPointsBack(text.slice(0, back.index))) return [];
    const heading = headingAbove(blocks, block);
    return heading ? [themed(heading, 0.85, text, 'thisTopicHeading')] : [];
  });
