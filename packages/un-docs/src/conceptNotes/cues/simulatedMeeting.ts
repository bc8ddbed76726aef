import type { NoteLayout } from '../layout/NoteLayout.js';

// Round w37ct: a course's simulation of a meeting ("SIMULATION EXERCISE" / "Security Council open
// debate on X"; "participants will simulate an open debate of the Security Council", `les
// participants simuleront un débat public du Conseil de sécurité`, `simularán una sesión`) is no
// meeting of the body it plays: by the convention on the body (the body whose meeting it is), it
// has none, and no Council presidency holds it, though the text names who plays the President. Its
// organizer convenes it, as a course's does (round 7). The simulation is read from a title line
// naming one, or from a sentence whose verb simulates a meeting, so a course that only mentions a
// simulation among its parts is not one.

const TITLE =
  /^(?:simulation(?:\s+exercise)?|mock\s+(?:meeting|debate|session)|exercice\s+de\s+simulation|simulation|ejercicio\s+de\s+simulación|simulación)\b/iu;
const MEETING = String.raw`(?:(?:[\p{L}-]+\s+){0,3}?(?:meeting|debate|briefing|session|dialogue|consultations?|réunion|débat|séance|session|reunión|debate|sesión|diálogo))`;
const SIMULATES = new RegExp(
  String.raw`(?<![\p{L}])(?:will\s+simulate|simulate|simulated|simuleront|simulera|simularán|simulará)\s+(?:an?|the|une?|la|le|el|una?)\s+${MEETING}(?![\p{L}])`,
  'iu',
);

/** Whether the note's meeting is a simulation held for training. */
export function simulatedMeeting(note: NoteLayout): boolean {
  const titled = note.titleBlocks.some((index) => {
    const block = note.layout[index];
    return block !== undefined && TITLE.test(block.text.trim());
  });
  return titled || note.blocks.some((block) => SIMULATES.test(block));
}
