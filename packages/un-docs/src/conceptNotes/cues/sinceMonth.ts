// Round 35p: a month and year in a clause that looks back from the meeting ("progress made since
// the adoption of the Plan of Action in April 2002", `les progrès accomplis depuis la tenue de la
// première session en juin 2016`, `desde la aprobación de la Declaración en septiembre de 2007`)
// dates what the meeting looks back to, not the meeting: by the convention that a date without
// a year takes its year from the text only where the text places it, it lends none. The clause
// runs from "since" to its end (a comma, a semicolon or the sentence's end).
const SINCE_CLAUSE = /(?<![\p{L}])(?:since|depuis|desde)(?![\p{L}])[^,;]*/giu;

/** The sentence without its clauses that look back from "since". */
export function withoutSinceClauses(sentence: string): string {
  return sentence.replace(SINCE_CLAUSE, ' ');
}
