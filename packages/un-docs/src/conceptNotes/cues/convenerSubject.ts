import { stateOfPossessiveMission } from './possessiveMission.js';
import { findMemberStates } from '../findMemberState.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { actorList, splitActors } from './actorList.js';
import { candidate, type Candidate, type Cue } from './Candidate.js';
import { honouredConvener } from './honouredConvener.js';
import { opensWithMission } from './missionSeat.js';

// The convener as the sentence's grammar names it, whatever the wording around the verb:
// the subject of a convening verb in any tense ("Brazil and Mozambique are delighted to
// invite", "La Belgique, le Maroc et le Pérou ont le plaisir d'inviter", "Chile y España
// convocan") or its agent in the passive ("sponsored by Costa Rica, Morocco and Slovenia").
// Only a list of Member States or an office of a body counts, and only when no surer cue
// names one: the confidence is below every worded cue's.

const VERB =
  /(?<![\p{L}-])(?:co-?)?(?:conven(?:e|es|ing|ed)|host(?:s|ing|ed)?|organi[sz](?:e|es|ing|ed)|invit(?:e|es|ing|ed)|hold(?:s|ing)?|sponsor(?:s|ing|ed)?|convoqu\p{L}*|organis\p{L}*|accueill\p{L}*|invit\p{L}*|tiendr\p{L}*|convoc\p{L}*|organiz\p{L}*|celebr\p{L}*|auspici\p{L}*|patrocin\p{L}*)(?![\p{L}])/giu;
const PASSIVE =
  /(?<![\p{L}])(?:co-?)?(?:conven|host|organi[sz]|sponsor|convoqu|organis|convoc|organiz|auspici|patrocin)\p{L}*\s+(?:jointly\s+|conjointement\s+|conjuntamente\s+)?(?:by|par|por)\s+(.+)$/iu;
// Auxiliaries and the courtesy between a subject and its verb: "are delighted to", "have the
// honour to", "ont le plaisir d'", "tienen el agrado de", "would like to", "will jointly";
// round 13b: the Spanish progressive's "están" ("México y Suiza están organizando"); round 29:
// "seek to organise", as "intend to".
const AUXILIARY =
  /(?:\s+|^)(?:will|would|shall|are|is|am|have|has|be|to|the|honour|honor|pleasure|pleased|delighted|happy|glad|honoured|honored|wish|like|intend|intends|plan|plans|seek|seeks|jointly|cordially|kindly|also|hereby|going|ont|a|le|la|l['’]|plaisir|honneur|de|d['’]|sont|heureux|heureuses|ravis|tienen|tiene|el|gusto|agrado|placer|se|complacen|complace|conjointement|conjuntamente|está|están)\s*$/iu;
// "… that Chile and Sweden will convene", "…, which Ghana and Japan will co-host": the
// subject of a clause, past the sentence it hangs from.
const LEAD_IN = /^.*?\b(?:that|which|que)\s+/u;
// "Organisation", "organización", "invitation", "convocatoria", "organisateurs": nouns built on
// a convening verb name no act of convening ("Mission permanente … auprès de l'Organisation").
const NOUN =
  /(?:ation|ación|ción|sion|tions?|ciones|atoire|atoria|ateurs?|atrices?|adore?s?|adoras?)$/iu;
// An opening phrase before the subject: a capacity ("As co-chairs of …,") or a date or
// place ("On 8 May 2020,", "Le 3 mars,").
const OPENING =
  /^(?:(?:As|En tant que|Como|En (?:su|sus|sa|leur) (?:calidad|qualité) de)\s[^.]{3,200}?|(?:On|Le|El)\s[^,]{3,40}),\s+/u;
// Round 13a: an opening purpose ("To take stock of …,", `Afin d'examiner …,`, `Con el fin de
// …,`) stands before the subject too; it runs to the comma before the subject.
const PURPOSE =
  /^(?:(?:To|In order to|With a view to|Afin de|Pour|En vue de|Para|A fin de|Con (?:el )?(?:fin|objeto|propósito) de|Con miras a)\s|(?:Afin|En vue) d['’])[^.]{3,300},\s+/u;
// Round 27b: an opening occasion ("On the margins of the 70th session of the Commission on the
// Status of Women,", "During the 62nd session of …,", `En marge de …,`, `En el marco del …,`)
// stands before the subject too, however long the body's name; it runs to the comma.
const OCCASION =
  /^(?:(?:On|At|In)\s+the\s+(?:margins?|sidelines?|side-lines?|fringes?|occasion|framework|context)\s+of|(?:During|For|At)\s+the\s+[\p{L}\d-]+\s+session\s+of|En\s+marge\s+d(?:e|u|es)|Dans\s+le\s+cadre\s+d(?:e|u|es)|En\s+el\s+marco\s+de(?:l)?|Al\s+margen\s+de(?:l)?|Con\s+motivo\s+de(?:l)?)\s[^.]{3,200}?,\s+/iu;
const APPOSITIVE = /,\s[^,]{3,200},\s*$/u;
// A role after the subject, its closing comma gone with the auxiliaries: "Estonia, Security
// Council President for that month, will convene". Round 32a: a role shared by several States
// is in the plural ("Ghana and Japan, members of the Security Council, are hosting", `La Grèce
// et le Panama, membres du Conseil de sécurité, organisent`, `miembros del Consejo`).
const ROLE_APPOSITIVE =
  /,\s(?=[^,]*\b(?:President|Chair|Representative|members?|Présidente?|Presidente?|Presidenta|miembros?|membres?)\b)[^,]{3,200}$/u;
// Round 18: news style names the office without its article ("President of the 75th session
// of the UN General Assembly, Volkan Bozkir, will convene"); it is given its article back.
const OFFICE =
  /^(?:(?:the|la|le|el)\s+)?(?:Vice-)?(?:President|Chair|Présidente?|Presidente?|Presidenta)\s+(?:of|de|du|del)\s/iu;
const ARTICLES: Readonly<Record<string, string>> = {
  president: 'the',
  'vice-president': 'the',
  chair: 'the',
  'vice-chair': 'the',
  président: 'le',
  présidente: 'la',
  presidente: 'el',
  presidenta: 'la',
};

/** An office as a convener: without its holder or session, with its article. */
export function asOffice(office: string): string {
  return withArticle(officeName(office));
}

function withArticle(office: string): string {
  if (/^(?:the|la|le|el)\s/iu.test(office)) return office;
  const article = ARTICLES[(office.split(/\s/u)[0] ?? '').toLowerCase()];
  return article ? `${article} ${office}` : office;
}

function withoutAuxiliaries(text: string): string {
  let rest = text.trimEnd();
  for (let stripped = rest.replace(AUXILIARY, ''); stripped !== rest;) {
    rest = stripped.trimEnd();
    stripped = rest.replace(AUXILIARY, '');
  }
  return rest.replace(/[\s,]+$/u, '');
}

// An office is named without its holder or its session: "the President of the 69th UN General
// Assembly, Sam Kutesa" is the President of the General Assembly. Round 13b: "UN" goes only as
// part of the session's name ("69th UN General Assembly"); "the President of the UN General
// Assembly" is the office as the note names it, and keeps it.
const SESSION_OF =
  /\b(?:\d{1,3}(?:st|nd|rd|th)|[\p{L}-]+(?:first|second|third|th))\s+(?:session\s+of\s+the\s+)?(?:(?:UN|United Nations)\s+(?=General Assembly|Economic and Social Council|Human Rights Council|Peacebuilding Commission))?/giu;

// Round 27b: in French and Spanish the session stands between the office and its body too:
// "la Présidente de la quatre-vingt-deuxième session de l'Assemblée générale", "le Président de
// la 83e session de …", "la Presidenta del octogésimo tercer período de sesiones de la Asamblea
// General" name the office "de l'Assemblée générale", "de la Asamblea General".
// Round 32a: a Spanish text may call the session `sesión` ("el Presidente de la 78ª sesión de la
// Asamblea General").
const SESSION_DE =
  /\b(?:de la|del)\s+(?:[\p{L}\d.º°-]+\s+){1,2}(?:session|sesión|período de sesiones|periodo de sesiones)\s+(?=de\s+l['’]|de\s+la\s|du\s|del\s)/giu;

function officeName(office: string): string {
  const named = office.replace(/,\s.*$/u, '');
  return /\b(?:Assembly|Council|Commission|Assemblée|Conseil|Asamblea|Consejo|Comisión)\b/u.test(
    named,
  )
    ? named.replace(SESSION_OF, '').replace(SESSION_DE, '')
    : office;
}

/** A list every part of which is a Member State, or an office of a body. */
function conveningActors(quoted: string): string | null {
  // Round 33: a possessive mission is its State (cues/possessiveMission.ts), and a quotation mark
  // opening the sentence is no part of its subject.
  const state = stateOfPossessiveMission(quoted);
  if (state) return state;
  const subject = quoted.replace(/^[“"‘«]\s*/u, '');
  const honoured = honouredConvener(subject);
  if (honoured) return officeName(honoured);
  const list = actorList(subject);
  if (!list) return null;
  if (OFFICE.test(list)) return withArticle(officeName(list));
  const parts = splitActors(list);
  if (parts.length > 1 && opensWithMission(subject) && namesState(parts[0] ?? '')) return list;
  return parts.length > 0 && parts.every(namesState) ? list : null;
}

// Round 18: a part names a State when it opens with it, after an article at most; a clause
// that only mentions one ("Guterres no viajará al Reino Unido dado que ese día organiza …", "ese
// día Portugal organiza") is no convener.
function namesState(part: string): boolean {
  const first = findMemberStates(part)[0];
  return first !== undefined && first.index <= 4;
}

// Round w36at: Spanish `celebrar que` welcomes a fact ("Chile … celebra que el Consejo dedique
// una sesión al tema"); only `celebrar` with a meeting for its object holds one.
const WELCOMES = /^celebr\p{L}*$/iu;
const THAT = /^\s+que(?![\p{L}])/iu;

function subjectOf(sentence: string): string | null {
  for (const verb of sentence.matchAll(VERB)) {
    if (NOUN.test(verb[0])) continue;
    if (WELCOMES.test(verb[0]) && THAT.test(sentence.slice(verb.index + verb[0].length))) continue;
    const before = withoutAuxiliaries(sentence.slice(0, verb.index));
    if (before.length < 3) continue;
    const readings = [
      before,
      before.replace(LEAD_IN, ''),
      before.replace(OPENING, ''),
      before.replace(PURPOSE, ''),
      before.replace(OCCASION, ''),
    ];
    const withoutRole = [
      ...readings.map((text) => text.replace(APPOSITIVE, '')),
      ...readings.map((text) => text.replace(ROLE_APPOSITIVE, '')),
    ];
    for (const reading of [...readings, ...withoutRole]) {
      const actors = conveningActors(withoutAuxiliaries(reading));
      if (actors) return actors;
    }
  }
  return null;
}

export const convenerSubject: Cue<string> = ({ sentences }: NoteLayout) =>
  sentences.flatMap(({ text }): Candidate<string>[] => {
    const agent = PASSIVE.exec(text)?.[1];
    const passive = agent ? conveningActors(agent) : null;
    if (passive) return [candidate(passive, 0.5, text, 'convenerSubject')];
    const active = subjectOf(text);
    return active ? [candidate(active, 0.5, text, 'convenerSubject')] : [];
  });
