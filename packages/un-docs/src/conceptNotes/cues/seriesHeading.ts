// Session 26 (round t41c): an order of the day heads its page with the series its meetings belong
// to, in the plural (“Plenary meetings – Room XX Friday, 17 March 2016 … 48th meeting Panel
// discussion on …”, `Séances plénières`, `Sesiones plenarias`): the series is no meeting's kind,
// and the first kind named in the singular after it is the meeting's. A plural that counts its
// meetings (“two panel discussions”, “a series of meetings”, `deux tables rondes`, “both
// dialogues”) names them as one format (findFormat.ts's PLURAL) and stays.

const COUNTED =
  /(?:^|[\s(])(?:\d{1,2}|two|three|four|five|six|several|both|a[ \t]+series[ \t]+of|a[ \t]+number[ \t]+of|parallel|deux|trois|quatre|plusieurs|une[ \t]+série[ \t]+de|dos|tres|cuatro|varias|varios|una[ \t]+serie[ \t]+de)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}$/iu;

/** Whether the plural kind ending `before`'s words is counted (“two … panel discussions”). */
export function countedPlural(before: string): boolean {
  return COUNTED.test(before.slice(-80));
}
