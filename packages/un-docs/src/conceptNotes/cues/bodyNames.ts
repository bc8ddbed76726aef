import { BODY_ACRONYMS } from './bodyAcronyms.js';
import { withoutOwnAssembly } from './ownAssembly.js';
import { STANDING_BODIES } from './standingBodies.js';
import { RU_AR_BODIES, RU_AR_VENUE } from './bodyNamesRuAr.js';
import { ZH_BODIES, ZH_VENUE } from './bodyNamesZh.js';

// The bodies that hold the meetings concept notes announce, by their English names, and
// how French and Spanish notes name them. A body named as a meeting room ("Trusteeship
// Council Chamber", "Salle du Conseil de tutelle") is a venue, not the body.

export const BODY_NAMES: readonly (readonly [string, RegExp])[] = [
  // Round ruar: and how Russian and Arabic notes name them (bodyNamesRuAr.ts); round zh: and
  // Chinese ones (bodyNamesZh.ts).
  [
    'Security Council',
    new RegExp(
      String.raw`security council|conseil de sécurité|consejo de seguridad|${RU_AR_BODIES.securityCouncil}|${ZH_BODIES.securityCouncil}`,
      'iu',
    ),
  ],
  // Round 31c: or by its President's office, the Assembly named short ("the President of the
  // Assembly", `el presidente de la Asamblea`, `le Président de l'Assemblée`), not another
  // assembly's ("the President of the Assembly of States Parties"). Round t43c: and as web pages
  // slip on its English name ("General Assemby", "General Assembley"), as round 27b read the
  // Commission on the Status of Women's slips.
  [
    'General Assembly',
    new RegExp(
      String.raw`general assem(?:bly|by|bley)(?![\p{L}])|assemblée générale|asamblea general|(?:president[ae]?|présidente?)\s+(?:of\s+the|de\s+la|de\s+l['’])\s*(?:assembly|asamblea|assemblée)(?!\s+(?:of|de|des|del|du)(?![\p{L}]))(?![\p{L}])|${RU_AR_BODIES.generalAssembly}|${ZH_BODIES.generalAssembly}`,
      'iu',
    ),
  ],
  [
    'Economic and Social Council',
    new RegExp(
      String.raw`economic and social council|\bECOSOC\b|conseil économique et social|consejo económico y social|${RU_AR_BODIES.ecosoc}|${ZH_BODIES.ecosoc}`,
      'iu',
    ),
  ],
  [
    'Human Rights Council',
    new RegExp(
      String.raw`human rights council|conseil des droits de l['’]homme|consejo de derechos humanos|${RU_AR_BODIES.humanRights}|${ZH_BODIES.humanRights}`,
      'iu',
    ),
  ],
  [
    'Peacebuilding Commission',
    new RegExp(
      String.raw`peacebuilding commission|commission de consolidation de la paix|comisión de consolidación de la paz|${RU_AR_BODIES.peacebuilding}|${ZH_BODIES.peacebuilding}`,
      'iu',
    ),
  ],
  [
    'Trusteeship Council',
    new RegExp(
      String.raw`trusteeship council|conseil de tutelle|consejo de administración fiduciaria|${RU_AR_BODIES.trusteeship}|${ZH_BODIES.trusteeship}`,
      'iu',
    ),
  ],
  ...STANDING_BODIES,
];

const VENUE = new RegExp(
  String.raw`\b(?:salle|salón|sala)\s+(?:du|de l['’]|de la|del)\s+[^,.;]{3,60}|(?:security council|trusteeship council|economic and social council|ECOSOC|general assembly)\s+(?:chamber|hall)\b|${RU_AR_VENUE}|${ZH_VENUE}`,
  'giu',
);

/** The text with meeting rooms named after bodies blanked out. */
// Round h12t: the Council as the subject of its reform, which the General Assembly negotiates
// ("the intergovernmental negotiations on Security Council reform", "the reform of the Security
// Council", `la réforme du Conseil de sécurité`, `la reforma del Consejo de Seguridad`, the
// Assembly's item on "increase in the membership of the Security Council"), is not the body.
const REFORMED_COUNCIL =
  /(?<![\p{L}])(?:Security\s+Council\s+(?:reform|enlargement|expansion)|(?:reform|enlargement|expansion|membership)\s+of\s+the\s+Security\s+Council|(?:réforme|élargissement)\s+du\s+Conseil\s+de\s+sécurité|(?:reforma|ampliación)\s+del\s+Consejo\s+de\s+Seguridad)(?![\p{L}])/giu;

export function withoutVenues(text: string): string {
  return text
    .replace(VENUE, (venue) => ' '.repeat(venue.length))
    .replace(REFORMED_COUNCIL, (subject) => ' '.repeat(subject.length));
}

/** Every body named in `text`, with where. */
export function bodiesIn(text: string): { body: string; index: number; length: number }[] {
  const clean = withoutOwnAssembly(withoutVenues(text));
  // Round t43c: and by their acronyms in capitals (bodyAcronyms.ts).
  return [...BODY_NAMES, ...BODY_ACRONYMS]
    .flatMap(([body, pattern]) => {
      const match = pattern.exec(clean);
      return match ? [{ body, index: match.index, length: match[0].length }] : [];
    })
    .sort((a, b) => a.index - b.index);
}

/**
 * Every place a body is named, not only its first (round 18: "Pursuant to General Assembly
 * resolution 75/1, the President of the General Assembly will convene …" ties the meeting to
 * the Assembly at its second naming).
 */
export function everyBodyIn(text: string): { body: string; index: number; length: number }[] {
  const clean = withoutOwnAssembly(withoutVenues(text));
  return [...BODY_NAMES, ...BODY_ACRONYMS]
    .flatMap(([body, pattern]) =>
      [...clean.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].map(
        // Round h13t: with the length of the name as printed (`Consejo Económico y Social` is
        // shorter than "Economic and Social Council"), so the words after it are read from its end.
        (match) => ({ body, index: match.index, length: match[0].length }),
      ),
    )
    .sort((a, b) => a.index - b.index);
}
