import type { NoteLayout } from '../layout/NoteLayout.js';
import { candidate, type Cue } from './Candidate.js';
import { asOffice } from './convenerSubject.js';

// Round 31b: two offices convening together, each named with its holder between commas ("The
// President of the General Assembly, Nassir Abdulaziz al-Nasser, and the Secretary-General, Ban
// Ki-moon, are jointly convening …", `la Présidente de l'Assemblée générale, X, et le Secrétaire
// général, Y, convoqueront …`): by the convener convention, both offices by their titles, without
// their holders, joined as the sentence joins them ("the President of the General Assembly and
// the Secretary-General"). As sure as one office that convenes (`officeConvenes`, 0.75), above
// those who co-chair another process the sentence after names.

const OFFICE = String.raw`(?:the\s+|la\s+|le\s+|el\s+)?(?:(?:Vice-)?(?:President|Chair|Présidente?|Presidente?|Presidenta)\s+(?:of|de|du|del)\s+[^,]{3,100}?|Secretary-General|Deputy\s+Secretary-General|Secrétaire\s+général(?:e)?|Secretari[oa]\s+General)`;
// A holder's name: two to six words opening with capitals (particles between them).
const HOLDER = String.raw`,\s+(?:H\.\s?E\.\s+|(?:Mr|Ms|Mrs|M|Mme|Sr|Sra)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|al|el|de|del|da|van|von|bin|ben)){1,5},`;
const VERB = String.raw`(?:(?:are|will|shall|sont|van\s+a)\s+)?(?:(?:jointly|together|conjointement|conjuntamente)\s+)?(?:co-?)?(?:convening|convene|hosting|host|organi[sz]ing|organi[sz]e|hold|holding|convoqueront|organiseront|convocarán|organizarán|celebrarán)(?![\p{L}])`;
const JOINT = new RegExp(
  String.raw`(?:^|[.;]\s+|,\s+)(${OFFICE})${HOLDER}\s+(and|et|y)\s+(${OFFICE})${HOLDER}\s+${VERB}`,
  'iu',
);

/** "the X, holder, and the Y, holder, will convene": the two offices, or null. */
export function jointOffices(sentence: string): string | null {
  const match = JOINT.exec(sentence);
  if (!match?.[1] || !match[3]) return null;
  const office = (words: string): string =>
    asOffice(words.trim()).replace(/^(?:The|La|Le|El)\s/u, (article) => article.toLowerCase());
  return `${office(match[1])} ${match[2]} ${office(match[3])}`;
}

export const jointOfficesConvene: Cue<string> = ({ sentences }: NoteLayout) =>
  sentences.flatMap(({ text }) => {
    const offices = jointOffices(text);
    return offices ? [candidate(offices, 0.75, text, 'jointOffices')] : [];
  });
