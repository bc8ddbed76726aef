// Round h13t: a page's byline, the line saying who posted or wrote it ("Posted by the editorial
// team", "By Jane Doe", "Written by …", `Publié par …`, `Publicado por …`, `Escrito por …`), names
// its authors, not the meeting: under a headline it is no theme, however a title line would
// stand there. Only a line of its own, short, with no sentence's end.
// Round t41b: also a content system's "Submitted by crinadmin on" (its date cut off), "Uploaded
// by …", `Soumis par …`, `Enviado por …`.
const BYLINE =
  /^(?:(?:posted|published|written|submitted|uploaded|contributed)\s+by|by(?=\s+(?:the\s+)?\p{Lu})|(?:publié|écrit|rédigé|soumis|envoyé)e?\s+par|(?:publicado|escrito|redactado|enviado|subido)\s+por)\s+[^.!?]{2,80}$/iu;

// Round h13t: so is a value cut from a page's stamp line, ending on the stamp's key once its date
// is taken off ("*Peacebuilding Commission — working page, last updated 3 June 2027*" read as a
// title beside the body gives "working page, last updated").
const STAMP_KEY_END =
  /(?<![\p{L}])(?:(?:last\s+)?(?:updated|modified|posted|published)(?:\s+on)?|mis\s+à\s+jour\s+le|(?:actualizado|publicado)(?:\s+el)?)\s*:?$/iu;

/** Whether `line` is a byline, or a stamp line's words without their date. */
export function isByline(line: string): boolean {
  const text = line.trim();
  return BYLINE.test(text) || STAMP_KEY_END.test(text);
}
