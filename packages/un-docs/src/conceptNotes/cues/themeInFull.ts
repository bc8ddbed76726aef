import type { NoteLayout } from '../layout/NoteLayout.js';
import { candidate, type Candidate, type Cue } from './Candidate.js';
import { subjectOf, titleSubjectWithYear } from './subjectOf.js';

// The convention "a theme named twice is taken where it is named in full", in the two shapes a
// shortened name takes: a title with the event's year as its brand (round 22, `themeInFull`) and a
// news headline (round 21, `namedInFull`). Each compares words in its own way, as measured on
// its shape: a brand drops words anywhere, a headline keeps the lede's last words.

// Round 22: a title that shortens the meeting's name ("… High Level Meeting on Sustaining Peace
// 2018") gives way to a sentence naming the same meeting in full ("… High-level Meeting on Peacebuilding and
// Sustaining Peace on 24-25 April"), in its words as printed there. A title shortens the name
// when it gives it with the year as an event's brand ("Ocean Action 2027"); a title without one
// names the theme as the note has it, and a sentence's longer subject there is more often the
// theme with its circumstances. The sentence's subject must hold every word of the title's, its
// year aside, and more. Surer than any title line (0.72), below a theme named as such.

const YEAR = /\s*\b(?:19|20)\d{2}$/u;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
}

export function namesInFull(full: string, short: string): boolean {
  const fuller = words(full);
  const shorter = words(short);
  return fuller.length > shorter.length && shorter.every((word) => fuller.includes(word));
}

export const themeInFull: Cue<string> = ({ layout, titleBlocks, sentences }: NoteLayout) => {
  const titles = titleBlocks.flatMap((index) => {
    const subject = titleSubjectWithYear(layout[index]?.text ?? '');
    return subject && YEAR.test(subject) ? [subject.replace(YEAR, '')] : [];
  });
  if (titles.length === 0) return [];
  return sentences.flatMap(({ text }) => {
    const subject = subjectOf(text, false);
    // The short name itself, year and all, is no fuller name.
    const full = subject && !YEAR.test(subject) ? subject : null;
    const shortened = full ? titles.find((title) => namesInFull(full, title)) : undefined;
    return full && shortened ? [candidate(full, 0.75, text, 'themeInFull')] : [];
  });
};

// Round 21: a news headline announcing the meeting ("Security Council to hold briefing on
// Yemen", `El Consejo de Seguridad celebrará una sesión informativa sobre Haití`) shortens the theme its lede names in
// full ("… on the humanitarian situation in Yemen"). The lede's fuller subject, which ends with
// the headline's, is put just above it; a note's title line, which announces nothing, keeps its
// place above a sentence.

const plain = (text: string): string => text.normalize('NFC').toLowerCase().trim();

export function namedInFull(
  candidates: readonly Candidate<string>[],
  isHeadline: (source: string) => boolean,
): Candidate<string>[] {
  const fuller = candidates.flatMap((title) => {
    if (title.cue !== 'titleSubject' || !isHeadline(title.source)) return [];
    const short = plain(title.value);
    const full = candidates.find(
      ({ cue, value, source }) =>
        // Round t42b: or a body's said to meet on it (bodyMeetsOn.ts).
        (cue === 'announcedSubject' || cue === 'bodyMeetsOn') &&
        source !== title.source &&
        plain(value).length > short.length &&
        plain(value).endsWith(` ${short}`),
    );
    return full ? [{ ...full, confidence: title.confidence + 0.01, cue: 'namedInFull' }] : [];
  });
  return [...candidates, ...fuller];
}
