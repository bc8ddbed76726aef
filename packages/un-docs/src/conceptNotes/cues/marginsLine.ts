// Round 35h, by the convention "a meeting held within a larger event has its own theme or none": a
// flyer's title block may say on whose session's margins the event is held ("Held on the margins
// of the seventy-first session of the Commission on the Status of Women", `Organisée en marge de
// …`, `Al margen de …`). The subject read from that phrase (the body's name's "the Status of
// Women") names the occasion, not the event. A subject the sentence names after a comma, past the
// phrase (`Al margen de la 23ª sesión del Foro …, el Presidente … convocará un evento de alto nivel
// para conmemorar …`), is the event's own and stays.
const ON_THE_MARGINS =
  /(?<![\p{L}])(?:(?:on|in)\s+the\s+margins?\s+of|en\s+marge\s+d|al\s+margen\s+d)/iu;

/** Whether `subject`, read from `source`, is named within its phrase of margins. */
export function onTheMargins(source: string, subject: string): boolean {
  const margins = ON_THE_MARGINS.exec(source);
  if (!margins) return false;
  const at = source.indexOf(subject, margins.index);
  return at >= 0 && !source.slice(margins.index, at).includes(',');
}
