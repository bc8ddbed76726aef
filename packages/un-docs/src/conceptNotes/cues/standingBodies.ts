import { RU_AR_ZH_STANDING_BODIES } from './standingBodiesRuArZh.js';

// Round 17b (decided at round 17's merge): the body is the intergovernmental body whose meeting
// it is, or on whose session's margins a side event is held; besides the principal organs, the
// Economic and Social Council's functional and regional commissions and the programmes'
// standing assemblies. A closed list, by the English name reported and the names English,
// French and Spanish notes give them. A forum or conference that is not a standing body (the
// high-level political forum, a UN conference) is none; the programme itself ("UN-Habitat")
// is no assembly. Round 27b: the English name as pages often slip on its prepositions
// ("Commission of the Status of Women", "Commission of the Status on Women") is the same body.
// Round w36bt: and the Spanish short names Latin American notes use (`Comisión de la Condición de
// la Mujer`, `Comisión de las Naciones Unidas sobre la Condición de la Mujer`).

const ENGLISH_FRENCH_SPANISH: readonly (readonly [string, RegExp])[] = [
  [
    'Commission on the Status of Women',
    /commission (?:on|of) the status (?:of|on) women|commission de la condition de la femme|comisión (?:de las naciones unidas sobre )?(?:de )?la condición (?:jurídica y social )?de la mujer/iu,
  ],
  [
    'Commission for Social Development',
    /commission for social development|commission du développement social|comisión de desarrollo social/iu,
  ],
  [
    'Commission on Population and Development',
    /commission on population and development|commission de la population et du développement|comisión de población y desarrollo/iu,
  ],
  [
    'Statistical Commission',
    /statistical commission|commission de statistique|comisión de estadística/iu,
  ],
  [
    'Commission on Narcotic Drugs',
    /commission on narcotic drugs|commission des stupéfiants|comisión de estupefacientes/iu,
  ],
  [
    'Commission on Crime Prevention and Criminal Justice',
    /commission on crime prevention and criminal justice|commission pour la prévention du crime et la justice pénale|comisión de prevención del delito y justicia penal/iu,
  ],
  [
    'Commission on Science and Technology for Development',
    /commission on science and technology for development|commission de la science et de la technique au service du développement|comisión de ciencia y tecnología para el desarrollo/iu,
  ],
  [
    'UN-Habitat Assembly',
    /UN-Habitat Assembly|United Nations Habitat Assembly|Assemblée d['’]ONU-Habitat|Asamblea de ONU-H[aá]bitat/iu,
  ],
  [
    'United Nations Environment Assembly',
    /(?:United Nations|UN) Environment Assembly|Assemblée des Nations Unies pour l['’]environnement|Asamblea de las Naciones Unidas sobre el Medio Ambiente/iu,
  ],
];

// Round t42c: and the names Russian, Arabic and Chinese notes give them (standingBodiesRuArZh.ts).
export const STANDING_BODIES: readonly (readonly [string, RegExp])[] = ENGLISH_FRENCH_SPANISH.map(
  ([name, pattern]) => {
    const other = RU_AR_ZH_STANDING_BODIES[name];
    return [name, other ? new RegExp(`${pattern.source}|${other}`, pattern.flags) : pattern];
  },
);
