// Round 33: a sentence recalling a meeting's mandate ("In resolution 81/240, the General
// Assembly requested its President to convene a high-level meeting on …", "In resolution 33/20,
// the Human Rights Council has decided to request from the OHCHR the organization of a one-day
// inter-sessional seminar on …", `a prié le Haut-Commissariat d'organiser`, `solicitó a la
// Oficina que organizara`) records a decision, not a meeting held: its past tense and its
// resolution say when the meeting was decided, and the sentences after it say when it meets.
// Read by its structure: a verb of deciding or requesting, then, in the same clause, a verb or
// noun of convening or organizing the meeting.

const CONVENING_WORDS = String.raw`(?:to\s+(?:convene|organi[sz]e|hold)|(?:the\s+)?organi[sz]ation\s+of|de\s+(?:convoquer|organiser|tenir)|d['’]organiser|l['’]organisation\s+d|que\s+(?:convocara|organizara|celebrara|convoque|organice|celebre)|la\s+organización\s+de|convocar|organizar|celebrar)(?![\p{L}])`;
const MANDATE = new RegExp(
  String.raw`(?<![\p{L}])(?:decided|decides|requested|requests|invited|a\s+décidé|a\s+prié|a\s+demandé|décide|prie|decidió|solicitó|pidió|decide|solicita)(?![\p{L}])[^.;]{0,160}?(?<![\p{L}])${CONVENING_WORDS}`,
  'iu',
);
const CONVENING = new RegExp(String.raw`(?<![\p{L}])${CONVENING_WORDS}`, 'iu');

/** Whether `sentence` recalls the decision or request that mandates a meeting. */
export function recallsMandate(sentence: string): boolean {
  return MANDATE.test(sentence);
}

/**
 * Where the mandated meeting is named in `sentence`: the verb or noun of convening or organizing
 * it ("the organization of an intersessional seminar on …"), or -1.
 */
export function mandatedMeetingAt(sentence: string): number {
  const found = MANDATE.exec(sentence);
  if (!found) return -1;
  const convening = CONVENING.exec(found[0]);
  return convening ? found.index + convening.index : -1;
}
