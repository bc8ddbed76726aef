// Whether a sentence announces the meeting ahead, and the confidence of a theme read from a
// sentence that tells of a meeting in the past (split out of themeCues.ts, whose field and
// quotation cues share it).
import { AMONG_HIGHLIGHTS } from './amongHighlights.js';
import { PROGRESSIVE_CONVENING } from './progressiveConvening.js';

// Also a meeting "to be held" or "to take place" on its day: the passive and the infinitive
// look forward as the active does ("the list of speakers for the high-level meeting on X to
// be held on Thursday, 1 October"); round 15b: so does the passive future ("A special meeting on
// X will be convened by …", `sera organisée par`, `será convocada por`); round 18: and "will take
// place" in French and Spanish (`aura lieu`, `se déroulera`, `tendrá lugar`); round 19: and a
// meeting a future copula introduces ("The highlight will be an open debate on X", `Le temps fort
// du mois sera un débat public sur X`, `será un debate abierto sobre X`); round 20: and one
// someone will preside over or chair, or a press summary's reported "would hold"; round 22: and a
// month's programme that "will feature" or "will be marked by" one (`sera notamment marqué par un
// débat`, `incluirá un debate abierto`), its day set off by commas before its subject
// (`subjectOf.ts`).
// Round 21: `realizará` holds a meeting as `celebrará` does ("El Consejo de Seguridad realizará una
// reunión especial sobre …"), and whoever will preside over it announces it in French and
// Spanish too (`presidirá`, `présidera`). Round 30: and in the progressive ("The President will
// be holding his High-Level Meeting on …").
// Round 31b: and in the present progressive ("are jointly convening", cues/progressiveConvening.ts).
// Round 31a: and a letter's "I have (therefore) scheduled" (meetingWords.ts, FUTURE).
// Round w38bt: and the month's meetings named "among the highlights" (cues/amongHighlights.ts).
export const ANNOUNCES = new RegExp(
  String.raw`\b(?:will|intends? to|to)\s+(?:co-?)?(?:convene|hold|organi[sz]e|host|preside\s+over|chair)\b|\b(?:is|are)\s+set\s+to\s+(?:convene|hold|host)\b|\b(?:I|we)\s+have\s+(?:therefore\s+|also\s+|now\s+|already\s+)?(?:scheduled|planned)\b|\bwould\s+(?:convene|hold|host)\b|\bwill\s+be\s+(?:co-?)?(?:convening|holding|hosting|organi[sz]ing)\b|\b(?:to|will)\s+(?:be\s+(?:held|convened|organi[sz]ed|hosted)|take\s+place)\b|(?<![\p{L}])(?:sera|seront)\s+(?:tenue?s?|convoquée?s?|organisée?s?)(?![\p{L}])|(?<![\p{L}])será\s+(?:celebrad[oa]|convocad[oa]|organizad[oa])(?![\p{L}])|\b(?:convoquer(?:a|ont)|(?:co-?)?organiser(?:a|ont)|tiendr(?:a|ont)|convocar(?:á|án)|(?:co-?)?organizar(?:á|án)|celebrar(?:á|án)|realizar(?:á|án)|presidir(?:á|án)|présider(?:a|ont))(?![\p{L}])|(?<![\p{L}])(?:aur(?:a|ont)\s+lieu|se\s+déroulera|tendrá(?:n)?\s+lugar|se\s+realizará)(?![\p{L}])|(?<![\p{L}])(?:will\s+be\s+an?|sera\s+une?|será\s+una?|will\s+(?:feature|include|be\s+marked\s+by)\s+an?|(?:sera|seront)\s+(?:notamment\s+)?marquée?s?\s+par\s+une?|comprendra\s+une?|incluirá\s+una?|estará\s+marcad[oa]\s+por\s+una?)\s+(?:[\p{L}-]+\s+){0,3}?(?:open\s+debate|debate|débat|meeting|réunion|reunión|briefing|dialogue|diálogo)(?![\p{L}])|(?<![\p{L}])${PROGRESSIVE_CONVENING}(?![\p{L}])|${AMONG_HIGHLIGHTS}`,
  'iu',
);

// The background often recalls earlier meetings and their themes; a theme told in the past
// ("the open debate on “…” held in 2019") is history, not this meeting's.
// "the high-level political forum held under its auspices" describes a standing forum.
const PAST =
  /\bheld\b(?!\s+under\s+(?:its|the)\s+auspices)|\b(?:was|were|took place|convened on|hosted|organized in|organised in|previous|last year|tenu|tenue|a eu lieu|celebrado|celebrada|se celebró)\b|\b(?:in|en)\s+(?:19|20)\d{2}\b/iu;

// "will be held", "is to be held" look ahead even though "held" is in them.
const AHEAD = /\b(?:will|shall|is to|are to|to be)\s+(?:be\s+)?(?:held|hosted|convened)\b/i;

export function placed(confidence: number, sentence: string): number {
  return PAST.test(sentence) && !ANNOUNCES.test(sentence) && !AHEAD.test(sentence)
    ? 0.45
    : confidence;
}
