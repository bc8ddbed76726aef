import type { NoteSentence } from '../NoteText.js';
import type { Candidate } from './Candidate.js';
import { subjectOf } from './subjectOf.js';

// Round 35h, by the convention "a theme named twice is taken where it is named in full": a page's
// headline may name the meeting's subject short and then, after a colon, what the page itself
// offers ("Ahead of the Council's annual open debate on protection of civilians: the three
// questions we will answer", `Avant le débat public annuel sur les enfants : les trois questions
// …`). When a sentence of the text names a meeting on a subject that begins with the headline's
// words before the colon and goes on ("… the annual open debate on protection of civilians in
// armed conflict later this month"), that subject is the theme named in full, put just above the
// headline's. A colon whose head no sentence extends is the theme's own ("Women, peace and
// security: …") and stays.

const plain = (text: string): string => text.normalize('NFC').toLowerCase().trim();

export function colonTitleInFull(
  candidates: readonly Candidate<string>[],
  sentences: readonly NoteSentence[],
): Candidate<string>[] {
  const fuller = candidates.flatMap((title) => {
    if (title.cue !== 'titleSubject') return [];
    const colon = /\s*:\s/u.exec(title.value);
    const head = colon ? plain(title.value.slice(0, colon.index)) : '';
    if (head === '') return [];
    const full = sentences.flatMap(({ text }) => {
      const subject = text === title.source ? null : subjectOf(text, false);
      return subject && plain(subject).startsWith(`${head} `) ? [{ subject, text }] : [];
    })[0];
    return full
      ? [
          {
            value: full.subject,
            confidence: title.confidence + 0.01,
            source: full.text,
            cue: 'colonTitleInFull',
          },
        ]
      : [];
  });
  return [...candidates, ...fuller];
}
