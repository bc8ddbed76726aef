// Round w38bt: a body that convenes may name who chairs it in an aside between itself and its
// verb: `La Comisión de Consolidación de la Paz, bajo la presidencia del Brasil, celebrará …`,
// `La Commission de consolidation de la paix, sous la présidence du Japon, tiendra …`, "The
// Peacebuilding Commission, under the chairmanship of Egypt, will convene …". The aside says who
// chairs, not who convenes: the body still convenes (round 21's merge), and a State chairing a
// body other than the Security Council holds no presidency.
export const UNDER_CHAIR_ASIDE = String.raw`(?:,\s+(?:under\s+the\s+(?:chairmanship|chairpersonship|presidency|leadership)\s+of|bajo\s+la\s+(?:presidencia|dirección)\s+(?:de|del)|sous\s+la\s+(?:présidence|direction)\s+(?:de|du|des|d['’]))\s*[^,.]{2,80},)`;
