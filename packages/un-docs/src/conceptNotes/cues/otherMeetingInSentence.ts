import { findDates } from '../../dates/findDates.js';
import { countedPlural } from './seriesHeading.js';

// Round 36h (a text announcing several meetings is read for the one it is about): a sentence
// may name the announced meeting and another beside it, each with its own day or subject ("in
// the light of resolution 61/269, by which the General Assembly decided to hold a High-level
// Dialogue on X on 4 and 5 October 2007, the general debate will be held from Tuesday, 25
// September, to Wednesday, 3 October 2007"). A day or subject belongs to the meeting named last
// before it; when that is a meeting of another kind than the format, and the sentence names the
// format's kind too, it is the other meeting's. A subject is the other meeting's only when that
// meeting has its own day and the format's kind is named after it: a meeting named twice ("the
// high-level meeting on X will be held in an interactive dialogue format") keeps its subject.

// Each kind's head noun in the three languages, by the English head the formats end on.
const HEADS: readonly [RegExp, string][] = [
  [/(?<![\p{L}-])(?:meetings?|réunions?|reuni[óo]n(?:es)?)(?![\p{L}-])/giu, 'meeting'],
  [/(?<![\p{L}-])(?:debates?|débats?)(?![\p{L}-])/giu, 'debate'],
  [/(?<![\p{L}-])(?:dialogues?|di[áa]logos?)(?![\p{L}-])/giu, 'dialogue'],
  [
    /(?<![\p{L}-])(?:(?:panel\s+)?discussions?|panels?|réunions?-débats?|mesas?\s+redondas?)(?![\p{L}-])/giu,
    'discussion',
  ],
  [
    /(?<![\p{L}-])(?:briefings?|exposés?\s+informatifs?|sesi[óo]n\s+informativa)(?![\p{L}-])/giu,
    'briefing',
  ],
  [/(?<![\p{L}-])(?:sessions?|períodos?\s+de\s+sesiones)(?![\p{L}-])/giu, 'session'],
  [/(?<![\p{L}-])(?:segments?|segmentos?|series?\s+de\s+sesiones)(?![\p{L}-])/giu, 'segment'],
  [/(?<![\p{L}-])(?:hearings?|auditions?|audiencias?)(?![\p{L}-])/giu, 'hearing'],
  [/(?<![\p{L}-])(?:summits?|sommets?|cumbres?)(?![\p{L}-])/giu, 'summit'],
  [/(?<![\p{L}-])(?:forums?|foros?)(?![\p{L}-])/giu, 'forum'],
  [/(?<![\p{L}-])(?:conferences?|conférences?|conferencias?)(?![\p{L}-])/giu, 'conference'],
];

interface Mention {
  index: number;
  end: number;
  head: string;
  /** An order of the day's heading naming the series its items belong to. */
  series: boolean;
}

// Session 26 (round t41c): an order of the day's heading names its series in the plural, not
// counted (“Plenary meetings – Room XX Friday, 17 March 2016 … Panel discussion on …”): the day
// after it is the item's, not another meeting's (cues/seriesHeading.ts), nor the session's named
// before the heading. A counted plural (“two
// briefings on 3 and 4 May”) still names other meetings.
const SERIES_HEADING =
  /^(?:Plenary|Formal|Informal|Public|Private)\s+(?:meetings|sessions)$|^(?:Séances|Réunions)\s+(?:plénières|publiques|privées|officieuses)$|^(?:Sesiones|Reuniones)\s+(?:plenarias|públicas|privadas|oficiosas)$/u;

function seriesHeadingAt(text: string, end: number): boolean {
  const words = /(\p{L}+\s+\p{L}+)$/u.exec(text.slice(Math.max(0, end - 40), end))?.[1] ?? '';
  return (
    SERIES_HEADING.test(words.replace(/\s+/gu, ' ')) &&
    !countedPlural(text.slice(0, end - words.length))
  );
}

function mentions(text: string): Mention[] {
  return HEADS.flatMap(([pattern, head]) =>
    [...text.matchAll(pattern)].map((match) => ({
      index: match.index,
      end: match.index + match[0].length,
      head,
      series: seriesHeadingAt(text, match.index + match[0].length),
    })),
  ).sort((a, b) => a.index - b.index || b.end - a.end);
}

function headOf(format: string): string {
  return format.split(' ').pop() ?? format;
}

/**
 * Whether what stands at `index` belongs to another meeting than the format's (head `own`): it
 * follows a mention of another kind, and the sentence names `own`'s kind too.
 */
function ofOtherMention(named: readonly Mention[], index: number, own: string): boolean {
  if (!named.some(({ head }) => head === own)) return false;
  const before = named.filter(({ end }) => end <= index).pop();
  return before !== undefined && !before.series && before.head !== own;
}

/** `sentence` with the days another meeting it names is held on blanked out (same length). */
export function withoutOtherMeetingsDates(sentence: string, format: string | null): string {
  if (format === null) return sentence;
  // The sentence's mentions are read once: a programme of dated lines with no full stop is one
  // long sentence with a date per line, and reading them again for each date made it quadratic.
  const named = mentions(sentence);
  const own = headOf(format);
  return findDates(sentence)
    .filter(({ index }) => ofOtherMention(named, index, own))
    .reduce(
      (text, { index, end }) => text.slice(0, index) + ' '.repeat(end - index) + text.slice(end),
      sentence,
    );
}

/**
 * Whether `subject`, read from `sentence`, is the subject of another meeting it names: one of
 * another kind, dated in its own words, before the sentence names the format's own kind.
 */
export function subjectOfOtherMeeting(
  sentence: string,
  subject: string,
  format: string | null,
): boolean {
  const at = sentence.indexOf(subject);
  if (at < 0 || format === null) return false;
  const own = headOf(format);
  const named = mentions(sentence);
  if (!ofOtherMention(named, at, own)) return false;
  const other = named.filter(({ end }) => end <= at).pop();
  const next = named.find(({ index }) => index >= at + subject.length);
  if (!other || next?.head !== own) return false;
  return findDates(sentence.slice(other.end, next.index)).length > 0;
}
