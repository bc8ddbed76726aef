import type { NoteText } from './NoteText.js';

// The body holding the meeting, from the first phrase that ties a body to the meeting:
// a header line, "open debate of the Security Council", "President of the General Assembly".

const BODIES = [
  'Security Council',
  'General Assembly',
  'Economic and Social Council',
  'Human Rights Council',
  'Peacebuilding Commission',
  'Trusteeship Council',
];
const BODY = `(${BODIES.join('|')})`;
const MEETING = String.raw`(?:high-level\s+)?(?:open\s+|informal\s+)?(?:debate|briefing|meeting|dialogue|session|Arria|members|plenary)`;
const TIED = [
  // A header line, often in capitals: "HUMAN RIGHTS COUNCIL – FIFTY-FIFTH SESSION".
  new RegExp(String.raw`^${BODY}(?:$|\s*[–—:-])`, 'i'),
  new RegExp(
    String.raw`\b(?:debate|briefing|meeting|dialogue|session|presidency|President|Chair)\s+of\s+the\s+${BODY}`,
  ),
  new RegExp(String.raw`\b${BODY}\s+${MEETING}`),
  new RegExp(String.raw`^${BODY}\s*:`),
];

export function findBody({ blocks }: NoteText): string | null {
  let best: { index: number; block: number; body: string } | null = null;
  for (const [blockIndex, block] of blocks.entries()) {
    for (const pattern of TIED) {
      const match = pattern.exec(block);
      if (!match?.[1]) continue;
      const earlier =
        !best || blockIndex < best.block || (blockIndex === best.block && match.index < best.index);
      const body =
        BODIES.find((name) => name.toLowerCase() === match[1]?.toLowerCase()) ?? match[1];
      if (earlier) best = { index: match.index, block: blockIndex, body };
    }
    if (best) return best.body;
  }
  return null;
}
