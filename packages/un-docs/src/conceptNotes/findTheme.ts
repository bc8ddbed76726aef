import type { NoteText } from './NoteText.js';

// The theme is quoted in UN style: "on the theme “…”", "open debate on “…”", a "Theme:"
// field, or a quoted title line near the top of the note.

const QUOTED = String.raw`[“"]([^”"]{3,400})[”"]`;
const AFTER_THEME = new RegExp(String.raw`\btheme\b[^“”"]{0,30}?${QUOTED}`, 'i');
const FIELD = /^(?:theme|topic|title)\s*:\s*(.+)$/i;
const AFTER_MEETING = new RegExp(
  String.raw`\b(?:debate|briefing|meeting|dialogue|discussion|event|session)\s+(?:on|entitled)\s+${QUOTED}`,
  'i',
);
const TITLE_WORDS = /concept note|debate|briefing|meeting|dialogue/i;

function unquote(text: string): string {
  return text.replace(/^[“"‘']+|[”"’']+$/g, '').trim();
}

export function findTheme({ blocks }: NoteText): string | null {
  for (const block of blocks) {
    const theme = AFTER_THEME.exec(block)?.[1] ?? FIELD.exec(block)?.[1];
    if (theme) return unquote(theme);
  }
  for (const block of blocks) {
    const theme = AFTER_MEETING.exec(block)?.[1];
    if (theme) return unquote(theme);
  }
  for (const block of blocks.slice(0, 12)) {
    const standalone = new RegExp(`^${QUOTED}$`).exec(block)?.[1];
    const inTitle =
      block.length < 300 && TITLE_WORDS.test(block) ? new RegExp(QUOTED).exec(block)?.[1] : null;
    const theme = standalone ?? inTitle;
    if (theme) return unquote(theme);
  }
  return null;
}
