// Session 25 (round t40): a body that met has held its meeting, in news prose as in a record
// ("The Organizational Committee … met this afternoon to discuss …", `le Conseil s'est réuni
// vendredi`, `el Consejo se reunió el viernes`, `Совбез собрался`, `اجتمع مجلس الأمن`): the verb
// of meeting in the past records a meeting as "held" does (meetingAhead.ts, recordsHeld). Only
// for the kind decision, which the leaning to a partial note has made readier to import.
const MET =
  /(?<![\p{L}])(?:met|s['’]est\s+réunie?s?|se\s+sont\s+réuni(?:e|s|es)?|se\s+reunió|se\s+reunieron|собрал(?:ся|ась|ись)|[وف]?(?:اجتمع|اجتمعت|اجتمعوا))(?![\p{L}])/iu;

/** Whether the sentence says that a body met. */
export function metHeld(sentence: string): boolean {
  return MET.test(sentence);
}
