// Whether a list read as organizers can be one (split out of convenerCues.ts).
import { findMemberState } from '../findMemberState.js';
import { splitActors } from './actorList.js';
import { GROUP_OF_STATES } from './groupOfStates.js';
import { namesOrganization } from './organizationNames.js';

/** An organizer list is Member States, or an office of a body, a body, or a UN entity (an institute, department, programme or fund). */
// Round 31d: and a UN entity named in French or Spanish as an office, an entity or a high
// commissioner's office of the United Nations (`le Bureau des Nations Unies pour …`, `l'Entité
// des Nations Unies pour …`, `la Oficina de las Naciones Unidas para …`).
const UN_ENTITY =
  /(?<![\p{L}])(?:Bureau|Entité|Entidad|Oficina|Haut-Commissariat|Alto\s+Comisionado)\s+(?:des\s+Nations\s+Unies|de\s+las\s+Naciones\s+Unidas)(?![\p{L}])/iu;

// Round w36ct: a centre organizes as an office does ("the UNDP Regional Service Centre for Africa").
// Round w37ct: so does an academy or college that runs a course ("Diplomatic Academy of Vienna").
export function plausibleOrganizers(list: string): boolean {
  if (/\bpresidency of\b|\bprésidence\b|\bpresidencia\b/i.test(list)) return false;
  if (
    /\b(?:President|Chair|Présidente?|Presidenta?|Council|Commission|Assembly|Conseil|Consejo|Assemblée|Asamblea|Office|Mission|Institute|Institut|Instituto|Centre|Center|Centro|Department|Département|Departamento|Programme|Programa|Fund|Fonds|Fondo|Entity|Secretariat|Secrétariat|Secretaría|Academy|Académie|Academia|College|Collège)\b/iu.test(
      list,
    ) ||
    UN_ENTITY.test(list) ||
    // Round w37bt: or a group of States (cues/groupOfStates.ts).
    GROUP_OF_STATES.test(list) ||
    // Round w36bt: or a UN entity or an intergovernmental organization by name.
    namesOrganization(list)
  )
    return true;
  // "la Grèce, le Mexique et la Lettonie": at least one known State, the rest short names.
  const parts = splitActors(list);
  const states = parts.filter((part) => findMemberState(part) !== null).length;
  return states > 0 && parts.every((part) => /\p{Lu}/u.test(part) && part.split(' ').length <= 6);
}
