import type { Candidate } from './Candidate.js';
import { MEETING_WORD } from './themeHeadingCues.js';

// Round t40b, by the convention "a theme named twice is taken where it is named in full": a
// headline that names a body and what is on its table, but no meeting ("Commission de
// consolidation de la paix : le Tchad à l'ordre du jour", "Security Council: Haiti in focus"),
// shortens the subject of the sentence announcing the meeting ("La Commission … tiendra … une
// réunion au niveau des ambassadeurs consacrée à l'appui international à la transition au
// Tchad"). The headline's words need not all be there (a headline rewords: "à l'ordre du jour"),
// but its names must: every capitalized word of its subject is in the sentence's. That subject
// is put just above the headline's.

const NAMES_A_MEETING = new RegExp(MEETING_WORD, 'iu');
const ANNOUNCED = new Set(['announcedSubject', 'formatSubject']);

function names(text: string): string[] {
  return (text.normalize('NFC').match(/(?<![\p{L}'’])\p{Lu}[\p{L}-]{2,}/gu) ?? []).map((name) =>
    name.toLowerCase(),
  );
}

function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\d]+/gu) ?? []
  );
}

export function bodyHeadlineInFull(candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const fuller = candidates.flatMap((title) => {
    if (title.cue !== 'titleSubject' || NAMES_A_MEETING.test(title.source)) return [];
    const shortNames = names(title.value);
    if (shortNames.length === 0) return [];
    const full = candidates.find(({ cue, value, source }) => {
      if (!ANNOUNCED.has(cue) || source === title.source) return false;
      const fullWords = words(value);
      return (
        fullWords.length > words(title.value).length &&
        shortNames.every((name) => fullWords.includes(name))
      );
    });
    return full
      ? [{ ...full, confidence: title.confidence + 0.01, cue: 'bodyHeadlineInFull' }]
      : [];
  });
  return [...candidates, ...fuller];
}
