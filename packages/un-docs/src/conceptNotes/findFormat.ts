import type { NoteText } from './NoteText.js';

// Meeting formats by their usual names; the earliest specific one mentioned wins, and a
// bare "debate" counts only when nothing more specific is named.

const FORMATS: readonly [RegExp, string][] = [
  [/\bArria[-\s]formula\b/i, 'Arria-formula meeting'],
  [/\bhigh-level\s+(?:plenary\s+)?meeting\b/i, 'high-level meeting'],
  [/\bopen\s+debate\b/i, 'open debate'],
  [/\b(?:open\s+)?briefing\b(?!\s+(?:note|paper|by|from))/i, 'briefing'],
  [/\binteractive\s+dialogue\b/i, 'interactive dialogue'],
  [/\bpanel\s+discussion\b/i, 'panel discussion'],
  [/\bministerial\s+meeting\b/i, 'ministerial meeting'],
  [/\bworkshop\b/i, 'workshop'],
];
const GENERIC: [RegExp, string] = [/\b(?:thematic\s+)?debate\b/i, 'debate'];

export function findFormat({ blocks }: NoteText): string | null {
  const text = blocks.join('\n');
  let best: { index: number; format: string } | null = null;
  for (const [pattern, format] of FORMATS) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { index: match.index, format };
  }
  if (best) return best.format;
  return GENERIC[0].test(text) ? GENERIC[1] : null;
}
