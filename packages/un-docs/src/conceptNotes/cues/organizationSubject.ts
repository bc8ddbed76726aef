import type { NoteLayout } from '../layout/NoteLayout.js';
import { actorList, splitActors } from './actorList.js';
import { candidate, type Cue } from './Candidate.js';
import { GROUP_OF_STATES } from './groupOfStates.js';
import { namesOrganization } from './organizationNames.js';

// Round w38at: organizations or a group of States that the sentence says are organizing the
// meeting, as its subject, convene it: “The Group of Friends of Disaster Risk Reduction is
// organizing this side event”, `Le Groupe des amis de la médiation organise cette manifestation`,
// “The Office of the United Nations High Commissioner for Human Rights (OHCHR) and the Office of
// the Special Representative … are co-organizing, with the support of …, a side event”. Each is
// named as the sentence names it, an acronym in brackets being an aside (the convener
// convention). Above those who co-chair the group, named in another sentence (“co-chaired by …”,
// 0.65), as “convened by” is; below a field or “convened by” naming the organizers.
// States alone are read by statesConvene.ts and convenerSubject.ts, bodies by bodyConvenes.

const SUBJECT =
  /^(?:.*?\b(?:that|que)\s+)?((?:The|Le|La|Les|L['’]|El|Los|Las)\s*\p{Lu}[^.;:]{3,240}?)\s+(?:(?:is|are|will|sont|est)\s+(?:(?:also|jointly|conjointement)\s+)?(?:co-?)?(?:organi[sz]ing|hosting|convening|organi[sz]e|host|convene)|(?:co-?)?organis(?:e|ent|era|eront)|(?:co)?organiza(?:n|rá|rán)?|convoca(?:n|rá|rán)?)(?![\p{L}-])/u;
const ACRONYM = /\s*\((?:the\s+)?\p{Lu}[\p{Lu}\d&-]{1,11}\)/gu;
// An organization by the kind of its name, not a body of Member States (bodyConvenes).
const ORGANIZATION =
  /(?<![\p{L}])(?:Office|Bureau|Oficina|Haut-Commissariat|Fund|Fonds|Fondo|Programme|Programa|Department|Département|Departamento|Entity|Entité|Entidad|Secretariat|Secrétariat|Secretaría|Organi[sz]ation|Organización|Agency|Agence|Agencia)(?![\p{L}])/u;

function organizers(subject: string): string | null {
  // A subject with no comma in it ends at its verb: an office's name runs on past “on”, “for”.
  const named = subject.replace(ACRONYM, '');
  const list = named.includes(',')
    ? actorList(named)
    : named.replace(/^(?:The|Le|La|Les|El|Los|Las)\b/u, (article) => article.toLowerCase());
  if (!list || list.length > 240) return null;
  if (GROUP_OF_STATES.test(list)) return list;
  // The first named is an organization (its own name may hold an "and": “… for Children and
  // Armed Conflict”); a State or another organization may follow it.
  const first = splitActors(list)[0] ?? '';
  return ORGANIZATION.test(first) || namesOrganization(first) ? list : null;
}

export const organizationSubject: Cue<string> = ({ sentences }: NoteLayout) =>
  sentences.flatMap(({ text }) => {
    const subject = SUBJECT.exec(text)?.[1];
    const list = subject ? organizers(subject) : null;
    return list ? [candidate(list, 0.7, text, 'organizationSubject')] : [];
  });
