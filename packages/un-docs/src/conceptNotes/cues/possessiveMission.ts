import { findMemberState } from '../findMemberState.js';

// Round 33: a State's mission named with the possessive ("Lithuania’s Permanent Mission to the
// United Nations in New York is organizing …", "“Brazil’s Permanent Mission will host …,” the
// ministry said") is that State, by the convener convention (States by their names, without
// their missions); a quotation mark opening the sentence is no part of its subject.
const POSSESSIVE_MISSION =
  /^[“"‘«]?\s*(\p{Lu}[\p{L} .'’-]*?)['’]s\s+(?:Permanent\s+)?Missions?(?:\s+to\s+the\s+(?:United\s+Nations|UN))?(?:\s+in\s+(?:New\s+York|Geneva))?$/u;

/** The State whose mission `subject` names with the possessive, or null. */
export function stateOfPossessiveMission(subject: string): string | null {
  const state = POSSESSIVE_MISSION.exec(subject.trim())?.[1];
  return state && findMemberState(state) !== null ? state : null;
}
