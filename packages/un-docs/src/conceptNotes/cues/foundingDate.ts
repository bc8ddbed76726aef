import { findDates } from '../../dates/findDates.js';

// Round w37ct: the day a body or office was created is history, as a resolution's date is
// (decisionDate.ts): "The Commission was established by the General Assembly and the Security
// Council on 20 December 2005", `Le Conseil a été créé par l'Assemblée générale le 15 mars 2006`,
// `Ese organismo … fue creado por la Asamblea General … el 15 de marzo de 2006`. It gives no year to
// a day the text names without one (the convention on dates without a year). Each date is checked
// against the words just before it in its sentence, a bounded look, so a long text stays linear.

const FOUNDED =
  /(?<![\p{L}])(?:(?:was|were|has\s+been|have\s+been)\s+(?:created|established|founded|set\s+up|instituted)|(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:cread|establecid|fundad|instituid|constituid)[oa]s?|(?:a|ont|avait|avaient)\s+été\s+(?:créée?s?|établie?s?|fondée?s?|instituée?s?)|(?:fut|furent)\s+(?:créée?s?|fondée?s?|instituée?s?))(?![\p{L}])[^.;]{0,140}$/iu;
const LOOK_BACK = 200;

/** The text without the dates on which something it names was founded. */
export function withoutFoundingDates(text: string): string {
  return findDates(text)
    .filter((found) => FOUNDED.test(text.slice(Math.max(0, found.index - LOOK_BACK), found.index)))
    .reverse()
    .reduce((rest, found) => rest.slice(0, found.index) + rest.slice(found.end), text);
}
