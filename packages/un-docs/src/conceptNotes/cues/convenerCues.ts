import { holdsSeries } from './seriesOfMeetings.js';
import { subsidiaryConvenes } from './subsidiaryConvenes.js';
import { UNDER_CHAIR_ASIDE } from './underChairAside.js';
import { RELATIVE_ASIDE } from './relativeAside.js';
import { bodySaysItWillHost } from './bodySaysItWillHost.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { actorList, joinActors } from './actorList.js';
import { candidate, type Candidate, type Cue } from './Candidate.js';
import { announcedConvening } from './announcedConvening.js';
import { asOffice, convenerSubject } from './convenerSubject.js';
import { dialogueWithOffice } from './dialogueWithOffice.js';
import { holderByTitle } from './holderByTitle.js';
import { jointOfficesConvene } from './jointOffices.js';
import { presidentRequested } from './presidentRequested.js';
import { officeRequested } from './officeRequested.js';
import { BEFORE_OWN_SESSION, OPENS, WILL_OPEN } from './opensOwnSession.js';
import { requestedBy } from './requestedBy.js';
import { seriesConvener } from './seriesConvener.js';
import { sessionConvener } from './sessionConvener.js';
import { officeNamedEarlier } from './officeNamedEarlier.js';
import { bodyConvened } from './bodyConvened.js';
import { bodyHoldsMeeting } from './bodyHoldsMeeting.js';
import { bodyHoldsOwnMeeting } from './bodyHoldsOwnMeeting.js';
import { afterDateline } from './datelineDash.js';
import { officeInHeader, withoutBullet } from './officeInHeader.js';
import { letterOffice } from './letterAuthor.js';
import { representedStates, signatureStates } from './signatureStates.js';
import { unBodyConvenes } from './unBodyConvenes.js';
import { capacityAsOffice } from './capacityAsOffice.js';
import { invitingSubject } from './invitingSubject.js';
import { bodyReferredSits } from './bodyReferredSits.js';
import { officeChairs } from './officeChairs.js';
import { organizationSubject } from './organizationSubject.js';
import { plausibleOrganizers } from './plausibleOrganizers.js';
import {
  atTheInitiativeOf,
  listedOrganizers,
  missionsInvite,
  statesConvene,
} from './statesConvene.js';
import { convenerZh } from './convenerZh.js';
import { frontedOrganizers } from './frontedOrganizers.js';
import { coFacilitatorStates } from './coFacilitatorStates.js';
import { bodyHoldsThroughPronoun } from './bodyHoldsThroughPronoun.js';
import { FIRST_PERSON, FIRST_PERSON_ES_FR } from './firstPersonConvening.js';
import { quotedConvener } from './quotedConvener.js';
import { briefingByOffice } from './briefingByOffice.js';
import { withoutAccents } from '../../text/withoutAccents.js';

// Who convenes a meeting that the Council presidency does not: a "Co-organizers:" field;
// "co-hosted by Ireland, the Niger and Norway"; "The President of the General Assembly will
// convene …"; a letter's signatories ("from the Permanent Representatives of Fiji and
// Portugal") when "our delegations" organize it, or the office whose letterhead says "I
// will convene".

// Round 31a: a form's row may name who convenes by the verb alone ("Convoca | La Vicepresidenta
// del Consejo …", `Convoque | Le Président du Conseil …`, "Convenes | …"), as "Convened by" does.
// Round h12t: every participle that reads "by" in a sentence reads it as a row's label too
// (`Convoqué par | La Présidente …`, `Coorganizado por | …`), not a list of some of them; a
// row's label arrives without its accents (layout/fieldLine.ts), so the participles lose theirs.
const CONVENED_PARTICIPLE = String.raw`(?:co-?hosted|co-?organi[sz]ed|organi[sz]ed|convened|hosted|(co-?chaired|co-?facilitated|coprésidée?s?|co-?animée?s?|copresidid[ao]s?|cofacilitad[ao]s?)|auspiciad[ao]s?|patrocinad[ao]s?|co-?organisée?s?|organisée?s?|convoquée?s?|organizad[ao]s?|coorganizad[ao]s?|convocad[ao]s?)`;
const LABELS = new RegExp(
  String.raw`^(?:co-?organi[sz]ers?|organi[sz]ers?|co-?hosts?|hosts?|co-?conveners?|conveners?|co-?chairs?|co-?facilitators?|co-?organisateurs?|co-?facilitateurs?|coprésidents?|cofacilitador(?:es|as)|copresidentes|coanfitriones|organisateurs?|organise(?:e|s)? par|coorganizadores|co-organizadores|organizadores|anfitriones|convenes|convene|convoque|convoquent|convoca|convocan|${withoutAccents(CONVENED_PARTICIPLE)}\s+(?:jointly\s+)?(?:by|par|por))$`,
  'u',
);
const BY = new RegExp(
  String.raw`\b${CONVENED_PARTICIPLE}\s+(?:jointly\s+)?(?:by|par|por)\s+(.+)$`,
  'iu',
);
// Round 18: a news agency's dateline before the office ("United Nations, May 20 (IANS)
// President of the 75th session …, Volkan Bozkir, will convene …"), which news style names
// without its article; round 27b: the agency named in full ("NEW YORK, 9 April (Department of
// Global Communications) — The President …").
const CONVENES =
  /^(?:.*?(?:,|\bthat|\bwhich|\bque)\s+|[^–—.,()]{1,40},\s+[^,()]{3,20}?\s?\([^()]{2,80}\)\s*(?:[–—-]+\s*)?)?((?:(?:the|la|le|el)\s+)?(?:Office\s+of\s+the\s+|Bureau\s+du\s+|Oficina\s+del\s+)?(?:(?:ECOSOC|PBC|HRC|UNGA|GA)\s+)?(?:Co-)?(?:President|Chair|Chairs|Présidente?|Presidente?|Presidenta|Vice-President|Secretary-General|Bureau)\b(?:[^,]{0,80}?|[^,]{0,80}?\s+and\s+the\s+(?:President|Chair)\b[^,]{0,80}?))(?:,\s+(?:H\.\s?E\.|S\.\s?E\.|His|Her|Son|Su|Mr\.|Ms\.|Mrs\.|M\.|Mme|Sr\.|Sra\.|in (?:collaboration|cooperation|partnership) with|en (?:collaboration|coopération) avec|en colaboración con)[^,]{2,80},|,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},)?\s+(?:will|intend|intends to|shall|is|are)?\s*(?:convene|host|organi[sz]e|hold|convening|hosting|organi[sz]ing|holding|convoquera|organisera|convocará|organizará|celebrará)(?![\p{L}])/iu;
// A body as the subject of convening: "will convene", "decided to convene", with a resolution
// between commas ("through resolution 22/15 of 21 March 2013,"), "adopted resolution 30/15 …
// in which it decided to convene", and "will mark <an occasion> through a panel discussion";
// the body's acronym or short name may follow it in brackets ("(ECOSOC)", "(the Council)").
// Round 16: a body that plans or intends to hold its meeting ("In March, the Peacebuilding
// Commission plans to hold …") convenes it as one that will.
// Round 12a: the convening may be the second of two things the body decided ("decided to
// mainstream … and to hold an annual debate", `a décidé d'intégrer … et de tenir chaque année
// une réunion-débat`, `decidió … y celebrar`): the first is passed over, within the sentence.
// Round 15b: a press release's dateline before the body, "GENEVA (2 March 2027) – The Council …".
const DATELINE = String.raw`[^–—.,]{0,40}\([^()]{4,30}\)\s?[–—-]\s+`;
const AND_TO = String.raw`(?:[^.]{0,200}?\s+and\s+to\s+)?`;
const ET_DE = String.raw`(?:[^.]{0,200}?\s+et\s+d(?:e\s+|['’]))?`;
const Y = String.raw`(?:[^.]{0,200}?\s+y\s+)?`;
// Round 33: the body may be named with the Organization it belongs to (`El Consejo de Derechos
// Humanos de las Naciones Unidas celebrará …`, `Le Conseil économique et social des Nations Unies
// tiendra …`, "the Human Rights Council of the United Nations will hold …"), kept as the note
// names it.
// Session 14 (round 34p): or holds its own session in the present, as a press item announcing it
// tells it ("The Human Rights Council … holds its sixtieth session from …", `Le Conseil des droits de
// l'Homme des Nations unies (CDH) tient sa cinquante-neuvième session …`, `celebra su …`): by the
// convention on a meeting told in the present, a meeting ahead, which the body convenes. Round
// 35p: or opens it, a day phrase or the session's work between (cues/opensOwnSession.ts); "opens",
// `ouvre`, `abre` are left out, the present of the headlines that name no convener.
const OF_THE_UN = String.raw`(?:\s+(?:of\s+the\s+United\s+Nations|des\s+Nations\s+[Uu]nies|de\s+(?:las\s+)?Naciones\s+Unidas|de\s+l['’]ONU|de\s+la\s+ONU|of\s+the\s+UN))?`;
// Round 36h: a press summary's reported future ("The General Assembly would convene its
// sixty-eighth session on 17 September") convenes its own session as "will open" does.
// Round h14t: or after the label of a summary opening the note ("Summary: The Council will …",
// `Resumen: El Consejo de Derechos Humanos reanudará …`, `Résumé :`).
const SUMMARY_LABEL = String.raw`(?:summary|in\s+brief|résumé|en\s+bref|resumen|en\s+resumen)\s*:\s*`;
const BODY_CONVENES = new RegExp(
  String.raw`^(?:.*?,\s+|${DATELINE}|${SUMMARY_LABEL})?((?:the|la|le|el)\s+(?:(?:UN|United\s+Nations)\s+)?(?:Council|Conseil|Consejo|Peacebuilding Commission|Economic and Social Council|Human Rights Council|General Assembly|Commission de consolidation de la paix|Conseil économique et social|Conseil des droits de l['’]homme|Assemblée générale|Comisión de Consolidación de la Paz|Consejo Económico y Social|Consejo de Derechos Humanos|Asamblea General)${OF_THE_UN})(?:\s+\((?:[A-Z]{2,8}|(?:the|le|la|el)\s+\p{L}+|["“'‘](?:the\s+|le\s+|la\s+|el\s+)?\p{L}+["”'’])\))?(?:,\s+[^,]{0,40}?\b(?:resolution|résolution|resolución)\s+[\d/]+(?:\s+\(\d{4}\))?(?:\s+(?:of|du|de)\s+[^,]{4,30})?,)?(?:${UNDER_CHAIR_ASIDE}|${RELATIVE_ASIDE})?\s+(?:adopted\s+(?:its\s+)?resolution\s+[\d/]+[^.]{0,200}?\s+in which it\s+decided to\s+(?:convene|hold|organi[sz]e)|(?:will|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:set|due|expected|scheduled)\s+to)\s+(?:convene|hold|organi[sz]e|meet)|will\s+be\s+(?:holding|convening|organi[sz]ing)|will\s+mark\s+[^.]{3,200}?\s+(?:through|with|by)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|panel|discussion|debate|dialogue)|is\s+(?:holding|convening|organi[sz]ing)|shall\s+(?:convene|hold)|decided to\s+${AND_TO}(?:convene|hold|organi[sz]e)|decided to\s+\p{L}+\s+its\s+(?:[\p{L}-]+\s+){0,4}?(?:meeting|panel|discussion|dialogue)|a décidé de\s+\p{L}+\s+sa\s+(?:[\p{L}-]+\s+){0,4}?réunion|decidió\s+\p{L}+\s+su\s+(?:[\p{L}-]+\s+){0,4}?(?:reunión|mesa redonda)|convoquera|tiendra|organisera|a décidé d(?:e\s+|['’])${ET_DE}(?:(?:tenir|convoquer|organiser)|\p{L}+\s+(?:[\p{L}-]+\s+){0,3}?(?:une|sa)\s+(?:[\p{L}-]+\s+){0,2}?(?:réunion|réunion-débat|table ronde|débat))|convocará|celebrará|organizará|decidió\s+${Y}(?:celebrar|convocar)|(?:holds|tient|celebra|${WILL_OPEN}|would\s+(?:convene|open)|${OPENS})(?=${BEFORE_OWN_SESSION}\s+(?:its|sa|su)\s))(?![\p{L}])`,
  'iu',
);
const SIGNATORIES =
  /\bfrom the Permanent Representatives of (.+?)(?: to the United Nations\b| addressed to\b)|\bpar les Représentants permanents de (.+?) auprès\b|\bpor los Representantes Permanentes de (.+?) ante\b/iu;

// Co-facilitators may only negotiate the meeting's outcome for the office that convenes it:
// their field ranks below "The President of the General Assembly will convene …".
const FACILITATORS = /facilita|cofacilita/iu;

// Round 12a: a field gives the organizer's name as the note writes it, with the acronym in
// brackets after it ("Organizer: United Nations Institute for Training and Research (UNITAR)");
// in a sentence ("Organized by the Office … (OHCHR), pursuant to …") the acronym is an aside.
const ACRONYM_ONLY = /^\s*\([A-Z][\p{L}-]{1,11}(?:\s[A-Z][\p{L}-]{1,11})?\)\s*$/u;

// A UN entity's name runs on past words that end an organizer list in a sentence: "Institut
// des Nations Unies pour la formation et la recherche", "Oficina … para …". A field holding
// one entity (no comma, no partner) keeps it whole.
const ENTITY =
  /^(?:the\s+|l['’]|la\s+|le\s+|el\s+)?(?:United Nations\s+|UN\s+)?(?:Institute|Institut|Instituto|Office|Bureau|Oficina|Department|Département|Departamento|Programme|Programa|Fund|Fonds|Fondo|Entity|Entité|Entidad|Secretariat|Secrétariat|Secretaría)\b/iu;

function withOwnAcronym(list: string, value: string): string {
  const whole = value.trim();
  const name = whole.replace(/\s*\([^()]{1,24}\)$/u, '');
  if (ENTITY.test(whole) && name.length <= 120 && !/[,;:]/u.test(name) && actorList(name) !== null)
    return /\b(?:with|avec|con)\b/iu.test(name) ? list : whole;
  const rest = value.slice(list.length);
  return value.toLowerCase().startsWith(list.toLowerCase()) && ACRONYM_ONLY.test(rest)
    ? whole
    : list;
}

const MISSIONS_FIRST =
  /^(?:the\s+|les?\s+|las?\s+|los\s+)?(?:Permanent\s+Missions?|Missions?\s+permanentes?|Misi[oó]n(?:es)?\s+Permanentes?)\s+(?:of|de|du|des|del)\s/iu;

const organizerField: Cue<string> = ({ layout }) =>
  layout.flatMap(({ field, text }) => {
    // Co-chairs listed as persons name their States: "H.E. Mr. …, Permanent Representative of Ireland; …".
    const represented = field && LABELS.test(field.label) ? representedStates(field.value) : [];
    const list =
      represented.length > 0
        ? joinActors(represented)
        : field && LABELS.test(field.label)
          ? actorList(field.value)
          : null;
    const named =
      list && field && represented.length === 0 ? withOwnAcronym(list, field.value) : list;
    const confidence = field && FACILITATORS.test(field.label) ? 0.6 : 0.95;
    // Round w36bt: States named by their Permanent Missions are States, whether or not the list
    // of Member States knows the name the note gives them.
    const missions = field !== null && represented.length === 0 && MISSIONS_FIRST.test(field.value);
    return named && (plausibleOrganizers(named) || missions)
      ? [candidate(named, confidence, text, 'organizerField')]
      : [];
  });

const organizedBy: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    // "co-chaired by Mexico and Norway …, and convened by the President …": every "by".
    const found: Candidate<string>[] = [];
    let rest = text;
    for (let by = BY.exec(rest); by?.[2]; by = BY.exec(rest)) {
      // A wiki table row read as one line: "Convened by | The President … |".
      // Round t42c: an opening participle's organizers end at the main clause (frontedOrganizers.ts).
      const named = rest === text ? frontedOrganizers(text, by.index, by[2]) : by[2];
      const list = actorList(named.replace(/^[\s*_|]+|[\s|]+$/g, ''));
      // Those who co-chair or co-facilitate a meeting often convene it too, but "convened by"
      // says so outright.
      // A body holding its own session ranks above the officers who co-chair it.
      const confidence = by[1] ? 0.65 : 0.85;
      if (list && plausibleOrganizers(list))
        found.push(candidate(list, confidence, text, 'organizedBy'));
      rest = by[2];
    }
    return found;
  });

const officeConvenes: Cue<string> = ({ sentences, blocks }) =>
  sentences.flatMap(({ text }) => {
    const office = CONVENES.exec(withoutBullet(text))?.[1];
    const actors = office ? actorList(office) : null;
    const list =
      actors &&
      /^(?:(?:the|la|le|el)\s+)?(?:Vice-)?(?:President|Chair|Présidente?|Presidente?|Presidenta)\s+(?:of|de|du|del)\s/iu.test(
        actors,
      )
        ? asOffice(actors)
        : actors;
    const full = list ? (officeNamedEarlier(list, text) ?? officeInHeader(list, blocks)) : null;
    return list ? [candidate(full ?? list, 0.75, text, 'officeConvenes')] : [];
  });

// A council that "decided to focus its next annual full-day meeting on …" holds its own meeting.
// "The General Assembly, in its resolution 80/95, decided to hold …" mandates the meeting; the
// Assembly's President convenes it, and the note says so if it names a convener. The verb ends
// at a letter's edge, not \b, which an accented last letter ("decidió") never has.
const MANDATES =
  /\b(?:General Assembly|Assemblée générale|Asamblea General)(?:,\s|\s+(?:decided|a décidé|decidió)(?![\p{L}]))/iu;

const bodyConvenes: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    // Round 28: "Genève, 11 juin 2026 – Le Conseil … tiendra …" as "GENEVA (…) – The Council …".
    const sentence = afterDateline(text);
    const match = BODY_CONVENES.exec(sentence);
    // Round w37ct: a body holding "a series of" meetings holds other meetings (seriesOfMeetings.ts).
    const body =
      match &&
      !MANDATES.test(match[0]) &&
      !holdsSeries(sentence.slice(match.index + match[0].length))
        ? match[1]
        : undefined;
    // Session 14: a headline in capitals ("LE CONSEIL … TIENT SA SESSION …") prints the body as no
    // delegation writes it; the lede's sentence names it.
    const list = body && body !== body.toUpperCase() ? actorList(body) : null;
    // Round t42c: a body that only "meets" is those who sit, not who convenes: weaker than a cue
    // naming who convenes ("the President … announced the convening of the meeting").
    const confidence = match && /meet$/iu.test(match[0]) ? 0.55 : 0.7;
    return list ? [candidate(list, confidence, text, 'bodyConvenes')] : [];
  });

const lettersFirstPerson: Cue<string> = ({ blocks, sentences }) => {
  const announcing = sentences.find(
    ({ text }) => FIRST_PERSON.test(text) || FIRST_PERSON_ES_FR.test(text),
  );
  if (!announcing) return [];
  const signatories = blocks.map((block) => SIGNATORIES.exec(block)).find(Boolean);
  const states = signatories ? (signatories[1] ?? signatories[2] ?? signatories[3]) : undefined;
  if (states && /\bour\b/i.test(announcing.text))
    return [candidate(states.trim(), 0.7, announcing.text, 'letterSignatories')];
  const office = letterOffice(blocks);
  return office ? [candidate(office, 0.7, announcing.text, 'letterhead')] : [];
};

export const CONVENER_CUES: readonly Cue<string>[] = [
  officeChairs,
  capacityAsOffice,
  dialogueWithOffice,
  organizerField,
  organizedBy,
  listedOrganizers,
  officeConvenes,
  jointOfficesConvene,
  holderByTitle,
  bodyConvenes,
  // Round h13t: a body's group or committee that will convene it (subsidiaryConvenes.ts).
  subsidiaryConvenes,
  unBodyConvenes,
  bodyConvened,
  bodySaysItWillHost,
  bodyHoldsMeeting,
  // Session 26: a standing body holding a new meeting, or readying its next (bodyHoldsOwnMeeting.ts).
  bodyHoldsOwnMeeting,
  // Round t42c: or holding its own through a later "it will hold its" (bodyHoldsThroughPronoun.ts).
  bodyHoldsThroughPronoun,
  statesConvene,
  organizationSubject,
  invitingSubject,
  lettersFirstPerson,
  // Round t43c: an office holder a news item quotes convening in the first person (quotedConvener.ts).
  quotedConvener,
  // Round t43c: an office holder giving a briefing announced with no other holder (briefingByOffice.ts).
  briefingByOffice,
  missionsInvite,
  atTheInitiativeOf,
  requestedBy,
  presidentRequested,
  officeRequested,
  announcedConvening,
  convenerSubject,
  seriesConvener,
  sessionConvener,
  signatureStates,
  // Round t42c: co-facilitators who hold it, named by their States (coFacilitatorStates.ts).
  coFacilitatorStates,
  bodyReferredSits,
  // Round zh: in Chinese (convenerZh.ts).
  convenerZh,
];

export function convenerCandidates(note: NoteLayout): Candidate<string>[] {
  return CONVENER_CUES.flatMap((cue) => cue(note));
}
