// Round w38bt: a header's fields set one to a line (a wiki table's rows, a Word form's
// paragraphs) each start a block, also one whose label runs past three words ("Deadline for
// written statements: 7 June 2027", `Plazo para declaraciones escritas: 14 de mayo de 2027`),
// when the line above is a field too: a field's value that wraps goes on in lower case or
// without a label of its own, so a capital label of up to seven words and its colon, under a
// field, is the next field, not the rest of a name ("Embajador Tomás Vieira Lopes").

const FIELD = /^[*_]*\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2}[*_]*\s?:\s/u;
const LONG_FIELD = /^[*_]*\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){3,6}[*_]*\s?:\s+\S/u;

/** Whether `line` is a field with a long label under another field line. */
export function fieldAfterField(previous: string, line: string): boolean {
  return LONG_FIELD.test(line) && FIELD.test(previous);
}
