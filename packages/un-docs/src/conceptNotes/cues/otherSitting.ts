import { FORMATS } from '../formatVocabulary.js';

// Decided at round 23 (“a text announcing several meetings is read for the one it is about”,
// which covers outcomes): a product the text has discussed at another sitting, one it places by a
// time of its own (“tomorrow morning's discussion of a draft resolution”, “Thursday morning's
// consultations on a draft resolution”, `Jeudi matin, les membres examineront un projet de
// résolution`, `Por la mañana, … discutirán un proyecto de resolución`), is that sitting's, not
// the announced meeting's outcome. A sentence naming a meeting's format is about the meeting
// itself and is read as before.

const OWN_TIME =
  /(?<![\p{L}])(?:tomorrow|morning|afternoon|the\s+(?:next|following)\s+day|the\s+day\s+(?:before|after)|demain|matin|matinée|après-midi|lendemain|veille|mañana|tarde|(?:el\s+)?día\s+(?:siguiente|anterior))(?![\p{L}])/iu;
const DISCUSSED =
  /(?<![\p{L}])(?:discussions?|discuss(?:es|ed)?|consultations?|negotiations?|deliberations?|examen|examin(?:er|era|eront)|négociations?|discusi(?:ón|ones)|discutir(?:án|á)?|consultas?|negociaci(?:ón|ones)|examinar(?:án|á)?)(?![\p{L}])/iu;

/** A sentence placing at a time of its own a discussion that names no meeting's format. */
export function aboutOtherSitting(sentence: string): boolean {
  return (
    OWN_TIME.test(sentence) &&
    DISCUSSED.test(sentence) &&
    !FORMATS.some(([pattern]) => pattern.test(sentence))
  );
}
