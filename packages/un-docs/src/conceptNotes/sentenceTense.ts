import { decidesAhead } from './cues/decidedAhead.js';
import { newsFuture } from './cues/newsFuture.js';
import { heldIfConfirmed } from './cues/underConsideration.js';
import { PROGRESSIVE_CONVENING } from './cues/progressiveConvening.js';
import { MEETING_WORD, PAST, withoutFrontedParticiple } from './meetingWords.js';
import { RU_AR_FUTURE, RU_AR_HELD, RU_AR_REPORTED } from './meetingWordsRuAr.js';
import { ZH_FUTURE, ZH_HELD, ZH_REPORTED } from './meetingWordsZh.js';

// The tense of a sentence about a meeting: whether its main clause records the meeting as held
// (or what its speakers said) or looks forward to it. `meetingAhead.ts` reads texts by it.

// Verbs that report what was said, in the UN languages: a record's sentences are full of them.
// Round ruar: and the Russian and Arabic ones (meetingWordsRuAr.ts).
export const REPORTED = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:said|told|stressed|emphasized|emphasised|noted|added|asked|urged|underlined|a déclaré|a souligné|a dit|a ajouté|a rappelé|dijo|afirmó|señaló|subrayó|destacó|añadió|${RU_AR_REPORTED})(?![\p{L}])|${ZH_REPORTED})`,
  'iu',
);

// A relative clause says something about another thing than the meeting ("…, whose
// modalities were agreed by the co-hosts,", "…, which was adopted in 2015,", "…, que la
// Asamblea aprobó en 2015,"): it runs from its pronoun to the next comma, semicolon or the
// sentence's end. One saying a meeting was held still records it.
// Round 31c: so does "that" directly before an auxiliary of the perfect or the past ("the
// candidates that have been formally presented", "the three countries that were elected"): a
// subject relative, since the "that" of a reported clause ("said that the meeting was held") is
// followed by its subject, not by a verb.
const RELATIVE_CLAUSE =
  /(?:,\s*)?(?<![\p{L}])(?:which|whose|whom|who|qui|dont|lequel|laquelle|cuy[oa]s?|el cual|la cual|los cuales|las cuales|that(?=\s+(?:have|has|had|was|were)\s))(?![\p{L}])[^,;]*|,\s*que(?![\p{L}])[^,;]*/giu;

// Round 33: a temporal clause in the present perfect ("and will close once all speakers
// inscribed have been heard", "after the list of speakers has been exhausted", "once the report
// has been circulated") speaks of a moment still ahead, the future perfect English writes so:
// it records nothing held. It runs from its conjunction to the next comma, semicolon or the
// sentence's end. A past one ("after the meeting was held") still records.
const TEMPORAL_PERFECT =
  /(?<![\p{L}])(?:after|once|when|until|as\s+soon\s+as|before)\s+[^,;]*?(?<![\p{L}])(?:has|have)\s+been(?![\p{L}])[^,;]*/giu;

// Round w36ct: the resolution that asks for the meeting, as an aside of the sentence that announces
// it ("The Human Rights Council will hold a panel discussion …, as requested in resolution 55/12"),
// says why it is held, not that anything was: its "in resolution" is no past of the main clause.
const AS_REQUESTED =
  /,?\s*as\s+(?:requested|mandated|decided|called\s+for|provided\s+for)\s+(?:by\s+the\s+\p{Lu}[\p{L}\s]{2,60}?\s+)?in\s+(?:its\s+)?resolution\s+[\d/]+/giu;

/** The sentence without the relative clauses that record no meeting held: its main clause. */
export function mainClause(sentence: string): string {
  return withoutFrontedParticiple(sentence)
    .replace(AS_REQUESTED, '')
    .replace(RELATIVE_CLAUSE, (clause) => (HELD.test(clause) ? clause : ''))
    .replace(TEMPORAL_PERFECT, (clause) => (HELD.test(clause) ? clause : ''));
}

const ASKS_AHEAD =
  /\b(?:asked|invited|requested|encouraged|called\s+on)\s+(?:all\s+)?(?:delegations|Member\s+States|participants|speakers|States)\s+to\s+(?:consider|address|reflect\s+on|focus\s+on|respond\s+to|prepare)\b[^:]*:\s*$/u;

/** A sentence whose main clause records a meeting already held, or what its speakers said. */
export function recordsPast(sentence: string): boolean {
  // Round h12t: a lead-in asking delegations to take up the points (“they have asked delegations
  // to consider the following questions:”) looks ahead to the meeting, whatever its tense.
  if (ASKS_AHEAD.test(sentence)) return false;
  // Session 25: nor does one deciding on a meeting to hold (cues/decidedAhead.ts).
  if (decidesAhead(sentence)) return false;
  const main = mainClause(sentence);
  if (PAST.test(main)) return true;
  const reported = REPORTED.exec(main);
  if (reported === null) return false;
  const before = main.slice(0, reported.index);
  const after = main.slice(reported.index + reported[0].length);
  return !announcedReported(before) && !announcedReported(after);
}

/**
 * Round 18: a meeting announced in reported speech, the reporting clause after it ("The Council
 * will convene its signature event on 22 July — a high-level open debate …, the Council's
 * President said at a press conference today"): what is reported looks forward to the meeting.
 * Round 20: or before it ("Woodward said British Prime Minister Boris Johnson will preside over
 * an open debate on climate security on Feb. 23"), and in the reported future a press summary
 * shifts back ("The Security Council on 20 September would hold a high-level open debate …,
 * Tekeda Alemu (Ethiopia), Council President for the month, said").
 */
function announcedReported(words: string): boolean {
  // Round h12t: or held under consideration (“we are already working on the idea to convene a
  // High-Level Open Debate …,” the minister said; cues/underConsideration.ts).
  return (
    MEETING_WORD.test(words) &&
    (FORWARD.test(words) || REPORTED_FUTURE.test(words) || heldIfConfirmed(words))
  );
}

// "would hold", "would convene", "would be chaired": "will" shifted back in reported speech.
// Not "would like" (a wish), "would have" (what did not happen) or "would not".
// Session 27 (round t42k): French reports an expectation so (`Les réunions … devraient accueillir
// 130 chefs d'État, a déclaré le président`, "are expected to"), its reporting clause after it.
const REPORTED_FUTURE =
  /(?<![\p{L}])(?:would\s+(?:also\s+)?(?!(?:like|have|not|rather)(?![\p{L}]))\p{L}+|devrai(?:t|ent)\s+(?:également\s+|aussi\s+)?\p{L}+)/iu;

/**
 * A sentence that looks forward: by a verb of the future, or (round 20) by "would" in a
 * sentence that reports speech, where it is the reported "will".
 */
export function looksForward(text: string): boolean {
  return FORWARD.test(text) || (REPORTED_FUTURE.test(text) && REPORTED.test(text));
}

/**
 * Session 25: the kind decision's reading of a sentence ahead: one looking forward, or deciding on
 * a meeting to hold whatever the tense of the deciding verb (cues/decidedAhead.ts), or saying it
 * is ahead in a news item's words ("Council to hold …", "is set to hold", cues/newsFuture.ts). The field
 * finders keep looksForward: a resolution recalled ("decided to hold an annual panel") is the
 * meeting's mandate, not the sentence that gives its format.
 */
export function looksAhead(text: string): boolean {
  return looksForward(text) || decidesAhead(text) || newsFuture(text);
}

// A verb that looks forward to a meeting (not "upcoming", which a record may say of others).
// Round 31a: also a letter's "I have (therefore) scheduled" (meetingWords.ts, FUTURE).
// French and Spanish say it with the future tense of any verb ("se déroulera", "sera
// consacrée", "se realizará").
export const FORWARD = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:will|shall|(?:I|we)\s+have\s+(?:therefore\s+|also\s+|now\s+|already\s+)?(?:scheduled|planned)|(?:is|are) expected to|to be held|to take place|intends? to|is scheduled|plans? to|${PROGRESSIVE_CONVENING}|aura|auront|tiendra|tiendront|fera|pourra|\p{L}+(?:era|ira|eront|iront)|\p{L}+rán?|${RU_AR_FUTURE})(?![\p{L}])|${ZH_FUTURE})`,
  'iu',
);

// A meeting that has been held. Round w36ct: or that its body held, in the French and Spanish
// past (`le Conseil de sécurité a tenu sa réunion annuelle`, `el Consejo celebró su debate`).
export const HELD = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:(?<!be\s)held|took place|was convened|a eu lieu|s['’]est tenue?|se celebró|tuvo lugar|a\s+tenu|ont\s+tenu|celebró|celebraron|${RU_AR_HELD})(?![\p{L}])|${ZH_HELD})`,
  'iu',
);
