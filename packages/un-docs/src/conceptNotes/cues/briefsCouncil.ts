// Round 16: a forecast names a briefing by its verb ("Tomorrow morning (15 July), … will brief the
// Security Council on …", `informará al Consejo de Seguridad`, `fera un exposé devant le
// Conseil`): briefers briefing a body ahead is that body's briefing, a meeting as the noun is.

const BRIEFS =
  /(?<![\p{L}])(?:(?:will|to)\s+brief\s+(?:the\s+)?(?:Security\s+Council|Council|General\s+Assembly|Commission)|informar[áa]n?\s+al\s+(?:Consejo|Comisión|Asamblea)|(?:fera|feront)\s+un\s+exposé\s+(?:au|devant\s+le)\s+Conseil)(?![\p{L}])/iu;

/** A sentence in which briefers will brief a body: its briefing. */
export function briefsBody(text: string): boolean {
  return BRIEFS.test(text);
}
