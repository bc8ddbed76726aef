import type { Candidate } from './Candidate.js';
import { MEETING_WORD } from './themeHeadingCues.js';
import { namesInFull } from './themeInFull.js';

// Round t41b, by the convention "a theme named twice is taken where it is named in full": a title
// or subject line naming a meeting on an acronym alone ("2016 HLPF: briefing by the ECOSOC
// President on the HLPF", `Consultations sur la MINUSCA`) names the forum, body or mission the
// meeting is about, not what about it: it gives way to the sentence announcing the same kind of
// meeting with a subject holding that acronym or its spelled-out words and more ("There will be
// an informal briefing … on the preparations for the 2016 high-level political forum (HLPF)
// under the auspices of the ECOSOC …"). Only an acronym: a title's subject in words ("Briefing on
// debt and development") is the theme as the note states it, and a sentence's longer subject is
// then more often the theme with its circumstances (round 22; tried on any subject of up to three
// words, it took the sentence's over five corpus titles that were right). The sentence's subject
// is put just above the title's.

const ARTICLES = /^(?:the|la|le|les|l['’]|el|los|las)\s*/iu;
const MEETING = new RegExp(MEETING_WORD, 'iu');

function shortName(value: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(value.replace(ARTICLES, '').trim());
}

function kindOf(source: string): string | null {
  return (
    MEETING.exec(source)?.[0]
      .toLowerCase()
      .replace(/(?:es|s)$/u, '') ?? null
  );
}

export function shortTitleInFull(candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const fuller = candidates.flatMap((title) => {
    if (title.cue !== 'titleSubject') return [];
    const kind = kindOf(title.source);
    const short = title.source.slice(title.source.search(MEETING));
    const named = short.match(/(?<![\p{L}])(?:on|sur|sobre)\s+(.+)$/iu)?.[1] ?? title.value;
    if (!kind || !shortName(named)) return [];
    const full = candidates.find(
      ({ cue, value, source }) =>
        cue === 'announcedSubject' &&
        source !== title.source &&
        kindOf(source) === kind &&
        (namesInFull(value, named.replace(ARTICLES, '')) ||
          namesInFull(value, title.value.replace(ARTICLES, ''))),
    );
    return full ? [{ ...full, confidence: title.confidence + 0.01, cue: 'shortTitleInFull' }] : [];
  });
  return [...candidates, ...fuller];
}
