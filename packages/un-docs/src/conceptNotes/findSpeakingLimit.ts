import type { NoteText } from './NoteText.js';

// "limited to five minutes", "should not exceed 3 minutes", "four-minute statements".
// Briefers' slots are not the speakers' limit and are skipped.

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];
const MINUTES =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen)(?:\s*\(\d{1,2}\))?[\s-]minutes?\b/i;
const SPEAKING = /\b(?:speak|statement|intervention|remark|limit|exceed|address|deliver)/i;
const BRIEFERS = /\b(?:briefer|panellist|panelist|keynote|moderator)/i;

function toNumber(value: string): number {
  const word = value.toLowerCase();
  if (word === 'fifteen') return 15;
  const index = WORDS.indexOf(word);
  return index >= 0 ? index : Number(value);
}

export function findSpeakingLimit({ sentences }: NoteText): number | null {
  for (const { text } of sentences) {
    const minutes = MINUTES.exec(text)?.[1];
    if (minutes && SPEAKING.test(text) && !BRIEFERS.test(text)) return toNumber(minutes);
  }
  return null;
}
