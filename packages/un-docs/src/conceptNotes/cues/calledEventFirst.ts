// Round 31f: a news item may call its meeting by the general word "event" in its first sentence
// ("The event is the fourth in a series convened by …", `El evento de dos días es el sexto de
// los convocados por …`, `L'événement est le deuxième d'une série …`), name it later by another
// word in passing ("taking part in the forum", `del foro saldrá`, `les participants au forum`),
// and by its kind in full after that ("The high-level event brings together …", `El evento de
// alto nivel acoge a …`, `La manifestation de haut niveau réunira …`). The word it opened with
// says which kind is its meeting's: one of the events (a high-level event, a side event), not
// the forum named between, which is the same meeting in other words.
const EVENT_FIRST = /^(?:the|this|el|este|l['’]|cet)\s*(?:event|evento|événement)(?![\p{L}])/iu;

/** Whether the first sentence `text` opens on its meeting called "the event". */
export function calledEventFirst(text: string): boolean {
  return EVENT_FIRST.test(text.trimStart());
}
