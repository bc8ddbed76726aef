// Session 26 (round t41c): the resolution that asks for the meeting names it with its qualifiers
// (“the Human Rights Council requested OHCHR to organize … a one-day intersessional panel
// discussion on …”, `a décidé de tenir une réunion-débat intersessions d'une journée`, `decidió
// celebrar una mesa redonda anual`), and the sentence announcing it refers back to it bare (“The
// panel discussion will be held on Tuesday, 8 June 2027”). When the format is read bare from such
// a sentence and no title line names the kind, the mandate's qualifiers are the meeting's
// (findFormat.ts, qualifiedByNote). Round t40 read a mandate as looking ahead everywhere, which
// gave recalled qualifiers to meetings a title or the announcing sentence names with their own;
// here only a bare kind takes them.

const MANDATES = new RegExp(
  String.raw`(?<![\p{L}])(?:requested|decided|mandated|asked|called\s+(?:up)?on|a\s+(?:demandé|décidé|prié)|ont\s+décidé|decidió|solicitó|pidió)(?![\p{L}])[^.;]{0,200}?(?<![\p{L}])(?:to\s+(?:organi[sz]e|hold|convene)|d['’]organiser|de\s+(?:tenir|convoquer|organiser)|(?:celebrar|organizar|convocar))(?![\p{L}])`,
  'iu',
);

/** Whether `sentence` is a body's decision or request that a meeting be held. */
export function mandatesMeeting(sentence: string): boolean {
  return MANDATES.test(sentence);
}
