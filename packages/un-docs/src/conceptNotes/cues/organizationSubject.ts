import type { NoteLayout } from '../layout/NoteLayout.js';
import { actorList, splitActors } from './actorList.js';
import { candidate, type Cue } from './Candidate.js';
import { GROUP_OF_STATES } from './groupOfStates.js';
import { namesOrganization } from './organizationNames.js';
import { ORGANIZATION_WORD, UN_UNIT_WORD } from './organizationWords.js';

// Round w38at: organizations or a group of States that the sentence says are organizing the
// meeting, as its subject, convene it: “The Group of Friends of Disaster Risk Reduction is
// organizing this side event”, `Le Groupe des amis de la médiation organise cette manifestation`,
// “The Office of the United Nations High Commissioner for Human Rights (OHCHR) and the Office of
// the Special Representative … are co-organizing, with the support of …, a side event”. Each is
// named as the sentence names it, an acronym in brackets being an aside (the convener
// convention). Above those who co-chair the group, named in another sentence (“co-chaired by …”,
// 0.65), as “convened by” is; below a field or “convened by” naming the organizers.
// States alone are read by statesConvene.ts and convenerSubject.ts, bodies by bodyConvenes.

// Round h12t: also a subject that will hold the meeting ("the Geneva Centre will hold a panel
// discussion"), or one after a fronted clause that ends on the meeting's day ("In line with this
// initiative …, on 13th May 2016, the Geneva Centre will hold …").
const VERB = String.raw`\s+(?:(?:is|are|will(?:\s+be)?|sont|est)\s+(?:(?:also|jointly|conjointement)\s+)?(?:co-?)?(?:organi[sz]ing|hosting|convening|holding|organi[sz]e|host|convene|hold)|(?:co-?)?organis(?:e|ent|era|eront)|(?:co)?organiza(?:n|rá|rán)?|convoca(?:n|rá|rán)?)(?![\p{L}-])`;
// Or after the occasion it is held on, set before it ("On the occasion of the 36th Regular Session
// of the … Council (HRC), the Tibet Justice Center, and Society for Threatened Peoples … will be
// organising a side-event", `En marge de …`, `En el marco de …`).
const FRONTED_OCCASION = new RegExp(
  String.raw`^(?:On|In)\s+the\s+(?:occasion|margins?|sidelines|framework)\s+of\s+[^,;.]+?,\s+((?:the|The)\s*\p{Lu}[^.;:]{3,240}?)${VERB}|^(?:À\s+l['’]occasion|En\s+marge|Dans\s+le\s+cadre|En\s+el\s+marco|Con\s+ocasión|Al\s+margen)\s+d[eu']?[^,;.]+?,\s+((?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Ee]l|[Ll]os|[Ll]as)\s*\p{Lu}[^.;:]{3,240}?)${VERB}`,
  'u',
);
const SUBJECT = new RegExp(
  String.raw`^(?:.*?\b(?:that|que)\s+)?((?:The|Le|La|Les|L['’]|El|Los|Las)\s*\p{Lu}[^.;:]{3,240}?)${VERB}`,
  'u',
);
const FRONTED_DAY = String.raw`(?:on|le|el)\s+(?:\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:(?:of\s+|de\s+)?\d{4})?`;
const AFTER_FRONTED_DAY = new RegExp(
  String.raw`^[^.;:]*?,\s+${FRONTED_DAY},\s+((?:[Tt]he|[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Ee]l|[Ll]os|[Ll]as)\s*\p{Lu}[^.;:,]{3,240}?)${VERB}`,
  'u',
);
const ACRONYM = /\s*\((?:the\s+)?\p{Lu}[\p{Lu}\d&-]{1,11}\)/gu;

// Round h12t: non-governmental organizations working "in cooperation with" another that is no
// United Nations office or agency convene with it, the list kept as written (the convention for
// groups that are not States: “the Tibet Justice Center, and Society for Threatened Peoples in
// cooperation with the Unrepresented Nations and Peoples Organization”); an office or agency so
// named helps (actorList.ts).
const IN_COOPERATION = /\s+in\s+(?:close\s+)?(?:cooperation|partnership)\s+with\s+(.+)$/u;

function lowerArticle(named: string): string {
  return named.replace(/^(?:The|Le|La|Les|El|Los|Las)\b/u, (article) => article.toLowerCase());
}

function organizers(subject: string): string | null {
  // A subject with no comma in it ends at its verb: an office's name runs on past “on”, “for”.
  const named = subject.replace(ACRONYM, '');
  const partner = IN_COOPERATION.exec(named)?.[1];
  const written =
    partner !== undefined && !UN_UNIT_WORD.test(partner) && !namesOrganization(partner);
  const list = named.includes(',') && !written ? actorList(named) : lowerArticle(named);
  if (!list || list.length > 240) return null;
  if (GROUP_OF_STATES.test(list)) return list;
  // The first named is an organization (its own name may hold an "and": “… for Children and
  // Armed Conflict”); a State or another organization may follow it.
  const first = splitActors(list)[0] ?? '';
  return ORGANIZATION_WORD.test(first) || namesOrganization(first) ? list : null;
}

export const organizationSubject: Cue<string> = ({ sentences }: NoteLayout) =>
  sentences.flatMap(({ text }) => {
    const fronted = FRONTED_OCCASION.exec(text);
    const subject =
      (SUBJECT.exec(text) ?? AFTER_FRONTED_DAY.exec(text))?.[1] ?? fronted?.[1] ?? fronted?.[2];
    const list = subject ? organizers(subject) : null;
    return list ? [candidate(list, 0.7, text, 'organizationSubject')] : [];
  });
