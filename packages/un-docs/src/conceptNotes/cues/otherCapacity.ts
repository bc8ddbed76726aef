// Round w37at: a State that organizes a Council meeting in a capacity the sentence names, other
// than the presidency ("Germany, as the informal coordinator between the Council and the PBC, is
// organising the meeting", "Ecuador, in its role as the Council's focal point on Haiti, …",
// `le Japon, en sa qualité de coordonnateur …`, `el Ecuador, en su calidad de coordinador …`),
// convenes it in that capacity: the text does not say it holds the presidency, which is read
// from who presides or holds it (the convention), so it stays the convener.

const CAPACITY = String.raw`(?:as|in\s+(?:its|her|his)\s+(?:capacity|role)\s+as|en\s+(?:sa\s+qualité\s+de|tant\s+que)|como|en\s+su\s+(?:calidad|condición)\s+de)`;
const PRESIDENCY =
  /^(?:the\s+|la\s+|el\s+)?(?:Council's\s+)?(?:president|presidency|présidente?|présidence|presidente|presidenta|presidencia)(?![\p{L}])/iu;

/** The capacity a sentence names after the State, set off by commas, or null. */
function capacityAfter(source: string, state: string): string | null {
  const at = source.indexOf(state);
  if (at < 0) return null;
  const after = source.slice(at + state.length);
  const found = new RegExp(String.raw`^,\s+${CAPACITY}\s+([^,]{3,160}),`, 'iu').exec(after);
  return found?.[1] ?? null;
}

/** A State the sentence names as convening in another capacity than the presidency. */
export function convenesInOtherCapacity(source: string, state: string): boolean {
  const capacity = capacityAfter(source, state);
  return capacity !== null && !PRESIDENCY.test(capacity);
}
