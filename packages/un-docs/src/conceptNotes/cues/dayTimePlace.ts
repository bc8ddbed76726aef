import { MONTH_NAMES } from '../../dates/monthNames.js';
import { WEEKDAY_NAME } from '../../dates/weekdayNames.js';

// Round 32a: a meeting's day, hour and room, set off by commas between the meeting and the link
// to its subject ("will convene a briefing on Friday, 26 May 2017, at 10 AM in Conference Room 4,
// on the status of preparations for …", `tiendra une séance d'information le mercredi 3 mai
// 2028, à 15 heures, dans la salle XX du Palais des Nations, sur …`, `una sesión informativa el
// jueves 8 de junio de 2028, a las 10.00 horas, en la Sala de Conferencias 1, sobre …`), are
// skipped as the day alone is (subjectOf.ts, DAY_SET_OFF): the subject follows the link.

const DAY = String.raw`(?:(?:on|le|el)\s+)?(?:${WEEKDAY_NAME},?\s+)?(?:\d{1,2}(?:er|st|nd|rd|th|º)?\s+(?:de\s+)?(?:${MONTH_NAMES})\.?(?:,?\s+(?:de\s+)?\d{4})?|(?:${MONTH_NAMES})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?)`;
const CLOCK = String.raw`\d{1,2}(?:[.:h]\d{2})?(?:\s*(?:[ap]\.\s?m\.|[ap]m|AM|PM|heures?|h|horas|hrs?))?`;
const HOURS = String.raw`(?:at|from|à|de|a\s+las?|desde\s+las?)\s+${CLOCK}(?:\s*(?:to|-|–|à|a)\s*${CLOCK})?(?:\s*\([^()]{1,30}\))?`;
const ROOM = String.raw`(?:in|at|dans|en)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?:[\p{L}'’-]+\s+){0,3}?(?:Room|Chamber|Hall|salle|sala)(?:\s+[\p{L}\d.'’-]+){0,6}?`;

/** The day, then its hours and room, each perhaps set off by a comma, up to the link. */
export const DAY_TIME_PLACE = String.raw`(?:\s*,?\s+${DAY}(?:\s*,?\s*${HOURS})?(?:\s*,?\s*${ROOM})?(?:\s*,?\s*${HOURS})?\s*,?)`;
