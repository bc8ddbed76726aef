import type { Candidate } from './Candidate.js';

// Round 21 (the convention "a theme named twice is taken where it is named in full"): a news
// headline announcing the meeting ("Security Council to hold briefing on Yemen", `El Consejo de
// Seguridad celebrará una sesión informativa sobre Haití`) shortens the theme its lede names in
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
        cue === 'announcedSubject' &&
        source !== title.source &&
        plain(value).length > short.length &&
        plain(value).endsWith(` ${short}`),
    );
    return full ? [{ ...full, confidence: title.confidence + 0.01, cue: 'namedInFull' }] : [];
  });
  return [...candidates, ...fuller];
}
