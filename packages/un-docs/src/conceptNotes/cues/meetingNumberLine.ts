// Round t42b: a UN press release prints the number of the meeting it covers, with its part of
// the day, under its headline ("3rd Meeting (AM)", "85th plenary meeting – morning", `85e séance
// plénière - matin`, `2ª sesión (mañana)`): a label of the record, not what the meeting is about.
// Taken as a line after a label, it is no theme, as an agenda item's number is not
// (itemNumberAlone.ts).

// Round t43k: and the French first's long form, `1ère séance - après-midi`.
const ORDINAL = String.raw`\d{1,5}(?:st|nd|rd|th|e|er|re|ère|ème|ª|º|a|o)?\.?`;
const MEETING = String.raw`(?:(?:plenary\s+)?meeting|séance(?:\s+plénière)?|sesión(?:\s+plenaria)?)`;
const PART_OF_DAY = String.raw`(?:AM|PM|morning|afternoon|evening|night|matin|après-midi|soir|mañana|tarde|noche)`;
const MEETING_NUMBER_LINE = new RegExp(
  String.raw`^(?:${ORDINAL}\s+${MEETING}|${MEETING}\s+${ORDINAL})(?:\s*(?:[-–—,]\s*|\()${PART_OF_DAY}\)?(?:\s*(?:&|and|et|y)\s*\(?${PART_OF_DAY}\)?)?)?\s*$`,
  'iu',
);

/** Whether `value` is only a meeting's number and part of the day ("3rd Meeting (AM)"). */
export function isMeetingNumberLine(value: string): boolean {
  return MEETING_NUMBER_LINE.test(value.trim());
}
