import { findMemberState, namesOnlyAState } from '../findMemberState.js';

// Round t43c (the convention "the presidency is read from who presides"): a meeting that a State
// itself, not its minister or ambassador, will preside over, named directly after the participle
// and its "by": `La reunión estará presidida por Reino Unido, país que encabeza el Consejo`, "the
// briefing will be chaired by Malta", `la séance sera présidée par la France`. The words after
// "by" up to the next comma or stop must name the State and nothing else, so "chaired by the
// Minister of Chile" is left to the title cues and "chaired by the Group of 77" gives none.

const BY_PRESIDER =
  /(?<![\p{L}])(?:chaired|presided(?:\s+over)?|presidid[oa]|présidée?)\s+(?:by|por|par)\s+([^,;.:()\n]{2,60})/iu;

/** The State named alone as the one presiding over the sentence's meeting, if any. */
export function stateAsPresider(sentence: string): string | null {
  const named = BY_PRESIDER.exec(sentence)?.[1]?.trim();
  return named && namesOnlyAState(named) ? findMemberState(named) : null;
}
