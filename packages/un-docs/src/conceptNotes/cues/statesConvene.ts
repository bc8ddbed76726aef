// States and their missions as conveners: "Estonia and Niger will co-host …", "The Permanent
// Missions of … are pleased to invite …", "at the initiative of Chile and Japan", a "Co-hosted
// by:" list (split out of convenerCues.ts).
import { findMemberState } from '../findMemberState.js';
import { parseLabel } from '../../text/parseLabel.js';
import { actorList, joinActors, splitActors, withoutPartitives } from './actorList.js';
import { candidate, type Cue } from './Candidate.js';
import { FRONTED_TIME } from './frontedTime.js';
import { articleForContraction } from './contractedArticle.js';
import { asOffice } from './convenerSubject.js';
import { JOINT_PARTNER } from './jointlyWith.js';
import { plausibleOrganizers } from './plausibleOrganizers.js';
import { stateOfPossessiveMission } from './possessiveMission.js';

// "Colombia and Finland, in their capacity as co-chairs of …, will host".
// The list is read lazily and checked afterwards (every part a Member State): a pattern that
// spelled out "State, State and State" would backtrack exponentially on long lists.
const STATES_CONVENE =
  /^((?:the\s+|la\s+|le\s+|l['’]|el\s+)?\p{Lu}[^.;:]{1,200}?)(?:,\s+(?:in (?:its|their) capacity as|as|en (?:sa|leur) qualité de|en (?:su|sus) calidad de|como|(?=co-?(?:facilitators?|chairs?|hosts?)\b|cofacilitador[ea]s\b|coprésidents?\b|copresidentes\b))\s?[^.]{3,160}?,)?\s+(?:(?:will|intends? to|plans? to|are pleased to|is pleased to|have the honour to|has the honour to)\s+(?:convene|hold|host|organi[sz]e|co-host|invite)|(?:are|is)\s+(?:co-?)?(?:hosting|convening|organi[sz]ing))\b|^((?:la\s+|le\s+|l['’]|el\s+)?\p{Lu}[^.;:]{1,200}?)\s+(?:(?:co-?)?organiser(?:a|ont)|convoquer(?:a|ont)|tiendr(?:a|ont)|accueiller(?:a|ont)|(?:co-?)?organizar(?:á|án)|convocar(?:á|án)|celebrar(?:á|án))(?![\p{L}])/u;
const LIST_INTRO =
  /^(?:co-?hosted|co-?organi[sz]ed|organi[sz]ed|hosted|convened|co-?sponsored)\s+by\s*:?$|^(?:co-?hosts|co-?organi[sz]ers|organi[sz]ers|conveners|co-?sponsors)\s*:?$/i;
// "The Permanent Missions of Malta and Mozambique … are pleased to invite …"; "at the initiative
// of Chile and Japan"; "à l'initiative de la Sierra Leone et de la Suisse"; round 23: Spanish
// "a iniciativa de Chile" as "por iniciativa de".
// A news item may open with its dateline: "New York, 3 February 2027 – The Permanent Mission …".
const MISSIONS =
  /^(?:[^–—.]{0,60}\s[–—-]\s+)?(?:The\s+)?Permanent\s+Missions?\s+of\s+(.+?)(?:\s+to\s+the\s+United\s+Nations)?(?:\s+(?:in New York|in Geneva))?,?\s+(?:will|are|is|have|has|jointly|cordially|kindly)\b/i;
// Round 20: or "initiated by the UK", "requested by Cambodia" (a State that requests an
// Arria-formula meeting convenes it).
// Round w38at: with a partner named "jointly with" them after a comma, and the contracted
// article kept (cues/jointlyWith.ts).
const INITIATIVE = new RegExp(
  String.raw`(?<![\p{L}])(?:at the initiative of|an initiative of|(?:initiated|requested) by|à l['’]initiative (d(?:e|u|es))|une initiative (d(?:e|u|es))|(?:por|a) iniciativa (d(?:e|el))|una iniciativa (d(?:e|el)))\s+([^.;:]+)`,
  'iu',
);
const PARTNER = new RegExp(`^${JOINT_PARTNER}\\s`, 'iu');
// Round h11t: the States may be listed with commas (“À l'initiative de la Belgique, du Maroc et du
// Sénégal, une table ronde …”, `A iniciativa de Chile, de Filipinas y de Ghana, se celebrará …`):
// the list runs on, comma by comma, while every part is a Member State; a partner set off
// "jointly with" (round w38at) joins it, whoever it is, and ends it.
const MAX_LISTED = 12;

function initiativeList(of: string, after: string): string | null {
  const segments = after.split(/,\s+/u).slice(0, MAX_LISTED);
  // Each State with the article its contracted `du`, `des`, `del` holds, after a comma too.
  const listed = (count: number) =>
    actorList(withoutPartitives(articleForContraction(of, segments.slice(0, count).join(', '))));
  let states: string | null = null;
  for (let count = 2; count <= segments.length; count += 1) {
    if (PARTNER.test(segments[count - 1] ?? '')) return listed(count) ?? states ?? listed(1);
    const list = listed(count);
    if (!list || !splitActors(list).every((part) => findMemberState(part) !== null)) break;
    states = list;
  }
  return states ?? listed(1);
}

export const missionsInvite: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const states = MISSIONS.exec(text)?.[1];
    const list = states ? actorList(states) : null;
    const confidence = states && COMPLIMENTS.test(states) ? 0.6 : 0.85;
    return list && plausibleOrganizers(list)
      ? [candidate(list, confidence, text, 'missionsInvite')]
      : [];
  });

export const atTheInitiativeOf: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const match = INITIATIVE.exec(text);
    const after = match?.[5];
    const of = match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4] ?? '';
    const listed = after ? initiativeList(of, after) : null;
    // Round h14t: an office among them is named without its session ("at the initiative of the
    // President of the 60th session of the General Assembly", `del 81º período de sesiones`), as a
    // convening subject's is (convenerSubject.ts).
    const list = listed ? asOffice(listed) : null;
    return list && plausibleOrganizers(list)
      ? [candidate(list, 0.75, text, 'atTheInitiativeOf')]
      : [];
  });

// A note verbale's sender "presents its compliments … and has the honour to confirm that Chile
// and Sweden will co-host …": the sender's formula is a lead-in, and who the clause after it
// says convenes ranks above the sending Mission.
const COMPLIMENTS =
  /\b(?:presents?\s+(?:its|their)\s+compliments|présente(?:nt)?\s+ses\s+compliments|saluda(?:n)?\s+atentamente|presenta(?:n)?\s+sus\s+(?:atentos\s+)?saludos)\b/iu;

// What may come before the States in their sentence: "We have the honour to inform you that
// …", "As co-facilitators of the consultations on …, Australia and Argentina will hold …".
const LEAD_INS = [
  /^.*?\b(?:that|que)\s+/u,
  /^(?:As|In (?:its|their) capacity as|En (?:sa|leur) qualité de|En (?:su|sus) calidad de|Como|En tant que)\s[^.]{3,200}?,\s+/u,
  // Round w36ct: a phrase of time ("For the third consecutive year, …"), cues/frontedTime.ts.
  FRONTED_TIME,
];

/** "The United Kingdom will hold …", "Estonia and Niger will co-host …". */
export const statesConvene: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    for (const opening of [text, ...LEAD_INS.map((lead) => text.replace(lead, ''))]) {
      const match = STATES_CONVENE.exec(opening);
      const states = match?.[1] ?? match?.[2];
      // A note verbale's sending Mission is no subject of the clause that names the hosts.
      // Round 33: a possessive mission is its State (cues/possessiveMission.ts).
      const own = states ? stateOfPossessiveMission(states) : null;
      const list = own ?? (states && !COMPLIMENTS.test(states) ? actorList(states) : null);
      const allStates =
        list !== null && splitActors(list).every((part) => findMemberState(part) !== null);
      if (list && allStates) return [candidate(list, 0.7, text, 'statesConvene')];
    }
    return [];
  });

// Round 35h: a flyer may print one mission a line with no bullet under its label ("Co-organizers:"
// / "Permanent Mission of Chile to the United Nations" / "Permanent Mission of Namibia …"), lines
// the layout may join when they are long: each "Permanent Mission of" naming a Member State is an
// item, as a bulleted line is.
const EACH_MISSION = /\s+(?=(?:the\s+)?Permanent\s+Mission\s+of\s)/u;
const MISSION = /^(?:the\s+)?Permanent\s+Mission\s+of\s/iu;

function missionLines(block: string): string[] | null {
  const parts = block.split(EACH_MISSION);
  if (!parts.every((part) => MISSION.test(part) && part.length <= 80)) return null;
  const states = parts.map((part) => actorList(part) ?? '');
  return states.every((state) => findMemberState(state) !== null) ? states : null;
}

/** "Co-hosted by:" followed by one organizer per line. */
export const listedOrganizers: Cue<string> = ({ blocks }) => {
  const at = blocks.findIndex((block) => LIST_INTRO.test(block));
  if (at < 0) return [];
  const names: string[] = [];
  for (const block of blocks.slice(at + 1, at + 12)) {
    const label = parseLabel(block);
    const missions = label ? null : missionLines(block);
    if (missions) names.push(...missions);
    else if (!label || label.rest.length > 80) break;
    else names.push(actorList(label.rest) ?? label.rest.trim());
  }
  const list = joinActors(names);
  return names.length > 0 && plausibleOrganizers(list)
    ? [candidate(list, 0.9, blocks[at] ?? '', 'listedOrganizers')]
    : [];
};
