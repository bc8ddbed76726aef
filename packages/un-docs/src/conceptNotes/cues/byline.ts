// Round h13t: a page's byline, the line saying who posted or wrote it ("Posted by the editorial
// team", "By Jane Doe", "Written by …", `Publié par …`, `Publicado por …`, `Escrito por …`), names
// its authors, not the meeting: under a headline it is no theme, however a title line would
// stand there. Only a line of its own, short, with no sentence's end.
const BYLINE =
  /^(?:(?:posted|published|written)\s+by|by(?=\s+(?:the\s+)?\p{Lu})|(?:publié|écrit|rédigé)e?\s+par|(?:publicado|escrito|redactado)\s+por)\s+[^.!?]{2,80}$/iu;

/** Whether `line` is a byline. */
export function isByline(line: string): boolean {
  return BYLINE.test(line.trim());
}
