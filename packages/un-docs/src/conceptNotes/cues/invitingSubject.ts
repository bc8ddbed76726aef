import { MEETING_WORD } from '../meetingWords.js';
import { actorList, splitActors } from './actorList.js';
import { candidate, type Cue } from './Candidate.js';

// Round w36ct: who is pleased to invite delegations to the meeting convenes it, States and the
// organizations beside them alike ("Norvalia, the Republic of Tessaly and the Coalition for Care
// Economies are pleased to invite you to a side event …", `X et Y ont le plaisir de vous inviter
// à …`, `X y Y tienen el agrado de invitarles a …`): the convention names a body or organization
// that convenes with States too, and the States of a written text need not be Member States. Each
// one the list names must be a name (a capital, after its article at most), so "We are pleased
// to invite" or "The co-organizers are pleased to invite" gives nothing here.
const INVITES =
  /^((?:the\s+|la\s+|le\s+|l['’]|el\s+|los\s+|las\s+)?\p{Lu}[^.;:]{1,200}?)\s+(?:(?:are|is)\s+(?:pleased|delighted|honoured|happy|glad)\s+to\s+invite|(?:have|has)\s+the\s+(?:honour|pleasure)\s+(?:to|of)\s+invit(?:e|ing)|(?:ont|a)\s+l['’](?:honneur|plaisir)\s+de\s+(?:vous\s+)?inviter|(?:ont|a)\s+le\s+plaisir\s+de\s+(?:vous\s+)?inviter|tienen?\s+el\s+(?:honor|agrado|placer|gusto)\s+de\s+invitar(?:le|les|lo|la)?)(?![\p{L}])(.*)$/u;
// A part that names no one in particular: the organizers by their role, a pronoun, a group.
const GENERIC =
  /^(?:(?:the|les?|la|l['’]|los|las|el)\s+)?(?:co-?)?(?:chairs?|hosts?|organi[sz]ers?|organisateurs?|organizadores|conveners?|facilitators?|sponsors?|delegations?|délégations?|delegaciones|missions?|misiones|we|nous|nosotros|our|nos|nuestr[oa]s)(?![\p{L}])/iu;
const NAME = /^(?:(?:the|la|le|l['’]|el|los|las|les)\s*)?\p{Lu}/u;

export const invitingSubject: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const match = INVITES.exec(text);
    const subject = match?.[1];
    if (!subject || !MEETING_WORD.test(match[2] ?? '')) return [];
    const list = actorList(subject);
    if (!list) return [];
    const parts = splitActors(list);
    const named = parts.every((part) => NAME.test(part) && !GENERIC.test(part));
    return named ? [candidate(list, 0.6, text, 'invitingSubject')] : [];
  });
