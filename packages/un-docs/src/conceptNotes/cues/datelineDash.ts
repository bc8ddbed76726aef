// A press release or news item may open its first sentence with a dateline written city, comma,
// date, dash: "Genève, 11 juin 2026 – Le Conseil … tiendra …", "Nueva York, 4 de marzo de 2027 –
// El Consejo …", "New York, June 2, 2027 - The Commission …". The city and date are no part of
// the sentence's grammar, so a cue that reads the sentence's subject reads it after them.

// The date holds a digit (a day or a year) and no full stop; an English date keeps its comma
// ("June 2, 2027"). A hyphen is a dash only between spaces, so "2026-06-11" is no dateline.
// Round w37ct: a wire item names its agency in brackets, with or without the dash ("Ginebra, 2 mar
// (PL) El Consejo …", "GENEVA, 9 Sep (IPS) The Human Rights Council …"). Round t42c: or the
// information service by its name, and the dash typed as two hyphens, as UN press releases
// print it ("GENEVA, 28 June (United Nations Information Service) -- The Council …").
const DATELINE_DASH =
  /^\p{Lu}[\p{L}'’ .-]{1,30}?,\s+(?:\p{L}+,?\s+)?(?:[^–—.,()]{0,20}\d[^–—.,()]{0,20}?|\p{L}+\.?\s+\d{1,2},\s+\d{4})(?:\s*[–—]+|\s+-{1,2}|\s+\((?:\p{Lu}[\p{L}-]{1,12}|\p{Lu}[\p{L}-]+(?:\s+[\p{L}-]+){1,5})\)(?:\s*[–—]+|\s+-{1,2})?)\s+(?=\p{Lu})/u;

/** The sentence without a leading "City, date –" dateline. */
export function afterDateline(text: string): string {
  return text.replace(DATELINE_DASH, '');
}
