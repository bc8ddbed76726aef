import { BODY_NAMES } from './bodyNames.js';
import { candidate, type Cue } from './Candidate.js';

// Round 16: a forecast names a briefing by its verb ("Tomorrow morning (15 July), … will brief the
// Security Council on …", `informará al Consejo de Seguridad`, `fera un exposé devant le
// Conseil`): briefers briefing a body ahead is that body's briefing, a meeting as the noun is.

const BRIEFS =
  /(?<![\p{L}])(?:(?:will|to)\s+brief\s+(?:the\s+)?(?:Security\s+Council|Council|General\s+Assembly|Commission)|informar[áa]n?\s+al\s+(?:Consejo|Comisión|Asamblea)|(?:fera|feront)\s+un\s+exposé\s+(?:au|devant\s+le)\s+Conseil)(?![\p{L}])/iu;

/** A sentence in which briefers will brief a body: its briefing. */
export function briefsBody(text: string): boolean {
  return BRIEFS.test(text);
}

/**
 * The body being briefed ("… will brief the General Assembly on the work of the Human Rights
 * Council"): the briefing is its meeting, surer than the body whose officer briefs it or that the title
 * names as the subject.
 */
export const briefedBody: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const briefs = BRIEFS.exec(text);
    const body = briefs ? bodyNamed(briefs[0]) : null;
    return body ? [candidate(body, 0.85, text, 'briefedBody')] : [];
  });

function bodyNamed(words: string): string | null {
  return BODY_NAMES.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}
