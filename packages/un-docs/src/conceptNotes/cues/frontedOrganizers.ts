// Round t42c: a participle of convening may open the sentence, its organizers set off by a comma
// before the main clause, whose subject is the meeting ("Convened by the Chair of the Commission,
// the meeting will be held in the Trusteeship Council Chamber", `Convoquée par la Présidente de la
// Commission, la réunion se tiendra …`, `Organizada por Chile y Suecia, la mesa redonda tendrá
// lugar …`). The organizers end at that comma, not at the sentence's end: a comma inside the list
// ("Chile, the Netherlands and Peru") is followed by no meeting's name.

const MAIN_CLAUSE = new RegExp(
  String.raw`,\s+(?:the|this|la|le|l['’]|cette|ce|el|esta|este)\s*(?:[\p{L}-]+\s+){0,3}?(?:meeting|event|debate|dialogue|briefing|session|panel|discussion|consultations?|round\s*table|forum|réunion|séance|débat|manifestation|événement|table\s+ronde|consultations?|reunión|sesión|diálogo|evento|mesa\s+redonda|consultas?)(?![\p{L}])`,
  'iu',
);

/** `organizers` up to the main clause, when the participle that names them opens `sentence`. */
export function frontedOrganizers(sentence: string, at: number, organizers: string): string {
  if (!/^[\s*•–-]*$/u.test(sentence.slice(0, at))) return organizers;
  const main = MAIN_CLAUSE.exec(organizers);
  return main ? organizers.slice(0, main.index) : organizers;
}
