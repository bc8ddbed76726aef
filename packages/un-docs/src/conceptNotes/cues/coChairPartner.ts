import type { Candidate } from './Candidate.js';

// Round w36ct: who co-chairs a meeting co-chairs it "with" someone, and that partner may come
// after the meeting's subject ("Foreign Minister Philippe Goffin will co-chair a high-level event
// dedicated to the humanitarian impact of … risks with the European Commissioner for Crisis
// Management Janez Lenarcic and …"): the "with" belongs to the verb, so the theme ends before
// it. Only when the sentence co-chairs or co-hosts and what follows "with" names an office or a
// person, so a subject's own "with" ("partnerships with the private sector") stays.
const CO_CHAIRS =
  /(?<![\p{L}])(?:co-?chair(?:s|ed|ing)?|co-?host(?:s|ed|ing)?|co-?preside(?:s|d)?|coprésider(?:a|ont)|coprésidée?s?|copresidir(?:á|án)|copresidid[oa]s?)(?![\p{L}])/iu;
const PARTNER =
  /\s+(?:with|avec|con)\s+(?:(?:the|his|her|their|le|la|l['’]|sa|son|el|su)\s+)?(?:H\.\s?E\.\s+|S\.\s?E\.\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|M\.\s+|Mme\s+|Sr\.?\s+|Sra\.?\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}?(?:Minister|Commissioner|President|Vice-President|Secretary|Secretary-General|Ambassador|Representative|Chair|Director|Director-General|Mayor|High\s+Commissioner|Prime\s+Minister|Ministre|Commissaire|Présidente?|Secrétaire|Ambassadeur|Ambassadrice|Représentante?|Ministra?|Comisari[oa]|President[ae]|Secretari[oa]|Embajador[a]?|Representante)(?![\p{L}])[\s\S]*$/u;

/** A theme read from a co-chairing sentence, without the co-chair named after it. */
export function withoutCoChairPartner(candidates: Candidate<string>[]): Candidate<string>[] {
  return candidates.map((found) => {
    if (!CO_CHAIRS.test(found.source)) return found;
    const value = found.value.replace(PARTNER, '');
    return value === found.value || value.length < 3 ? found : { ...found, value };
  });
}
