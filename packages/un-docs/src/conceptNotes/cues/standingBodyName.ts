import { STANDING_BODIES } from './standingBodies.js';

// Round h13t: a standing body's name runs on past the words that end a list of organizers
// elsewhere: "the Chair of the Commission on the Status of Women will convene", "the Commission
// on Population and Development", `la Comisión de Población y Desarrollo`, whose "on" would
// otherwise cut the list at "the Chair of the Commission" as "a meeting on X" is cut at its
// subject. The bodies are standingBodies.ts's closed list, in its three languages.

/** Whether the stop word `match` found in `text` stands inside a standing body's name. */
export function insideStandingBody(text: string, match: RegExpExecArray): boolean {
  return STANDING_BODIES.some(([, name]) =>
    [...text.matchAll(new RegExp(name.source, `${name.flags.replace('g', '')}g`))].some(
      (found) => found.index < match.index && match.index < found.index + found[0].length,
    ),
  );
}
