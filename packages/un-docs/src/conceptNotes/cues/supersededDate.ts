import { findDates } from '../../dates/findDates.js';
import { endingAt } from '../../text/endingAt.js';

// Round t42d: a meeting moved to another day names the day it leaves ("the consultations
// initially scheduled on Wednesday, 30 March will take place on Monday, 4 April", "originally
// planned for 12 May", "postponed from 3 June to 10 June", `initialement prévue le 5 mars`,
// `prevista inicialmente para el 8 de abril`, `aplazada del 2 al 9 de mayo`): that day is no
// longer the meeting's, and the date after it is.
const SUPERSEDED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:initially|originally|previously|first)\s+(?:scheduled|planned|foreseen|set|envisaged|announced)|(?:scheduled|planned)\s+(?:initially|originally)|postponed\s+from|rescheduled\s+from|moved\s+from|(?:initialement|d['’]abord)\s+prévue?s?|prévue?s?\s+initialement|report[ée]e?s?\s+du|(?:inicialmente|originalmente)\s+(?:prevista|programada|previsto|programado)s?|(?:prevista|programada|previsto|programado)s?\s+(?:inicialmente|originalmente)|aplazad[ao]s?\s+del?)(?:\s+(?:for|on|to\s+take\s+place\s+on|le|pour\s+le|para\s+el|el|the))?\s*(?:\p{L}+,?\s*)?$`,
  'iu',
);

const supersededAt = endingAt(SUPERSEDED);

/** The text without the day a moved meeting was first set for. */
export function withoutSupersededDates(text: string): string {
  return findDates(text)
    .filter((found) => supersededAt(text, found.index))
    .reverse()
    .reduce((rest, found) => rest.slice(0, found.index) + rest.slice(found.end), text);
}
