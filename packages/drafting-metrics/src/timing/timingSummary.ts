// The speaking-time meter: words and delivery time for the statement, each paragraph and
// each point, against the debate's limit; when over, which sections to cut first.
import { countParagraphs, type CountedParagraph } from '../statement/countParagraphs.js';
import { pointKey } from '../statement/pointKey.js';
import type { StatementParagraph } from '../statement/StatementInput.js';
import { overLimit, type LimitBalance } from './overLimit.js';
import { assertWordsPerMinute, DEFAULT_WORDS_PER_MINUTE, speakingTime } from './speakingTime.js';

export interface TimingOptions {
  /** Default 120. */
  readonly wordsPerMinute?: number;
  /** The debate's speaking limit; absent or null when the debate sets none. */
  readonly limitMinutes?: number | null;
}

export interface Timed {
  readonly words: number;
  /** Whole seconds at the summary's rate. */
  readonly seconds: number;
}

export interface ParagraphTiming extends Timed {
  readonly id: string;
}

/** Words spent on one tag; a paragraph tagged with two points counts for both. */
export interface PointTiming extends Timed {
  readonly label: string;
  readonly paragraphIds: readonly string[];
}

/** Words and time of what is spoken; `written` is the whole text, as circulated in writing. */
export interface TimingSummary extends Timed {
  readonly wordsPerMinute: number;
  /** Every paragraph, spoken or not: the full written statement. */
  readonly written: Timed;
  /** Spoken paragraphs only. */
  readonly paragraphs: ParagraphTiming[];
  /** One entry per tag found in the paragraphs, in order of first appearance. */
  readonly points: PointTiming[];
  /** Paragraphs with no tag (salutation, opening, closing…). */
  readonly untagged: Timed;
  readonly limit: LimitBalance | null;
  /** When over the limit: points and paragraphs, longest first; otherwise empty. */
  readonly longest: { readonly points: PointTiming[]; readonly paragraphs: ParagraphTiming[] };
}

function byWords<T extends Timed>(items: readonly T[]): T[] {
  return items.filter((item) => item.words > 0).sort((a, b) => b.words - a.words);
}

function pointTimings(paragraphs: readonly CountedParagraph[], rate: number): PointTiming[] {
  const byKey = new Map<string, { label: string; words: number; paragraphIds: string[] }>();
  for (const paragraph of paragraphs) {
    for (const tag of paragraph.points) {
      const key = pointKey(tag);
      const entry = byKey.get(key) ?? { label: tag, words: 0, paragraphIds: [] };
      if (!entry.paragraphIds.includes(paragraph.id)) {
        entry.paragraphIds.push(paragraph.id);
        entry.words += paragraph.words;
      }
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map((entry) => ({
    ...entry,
    seconds: speakingTime(entry.words, rate),
  }));
}

/** Timing from paragraphs whose words are already counted; only spoken ones take time. */
export function timingOfCounted(
  all: readonly CountedParagraph[],
  { wordsPerMinute = DEFAULT_WORDS_PER_MINUTE, limitMinutes = null }: TimingOptions = {},
): TimingSummary {
  assertWordsPerMinute(wordsPerMinute);
  const timed = (words: number): Timed => ({ words, seconds: speakingTime(words, wordsPerMinute) });
  const sum = (list: readonly CountedParagraph[]) => list.reduce((n, p) => n + p.words, 0);
  const paragraphs = all.filter((paragraph) => paragraph.spoken);
  const words = sum(paragraphs);
  const paragraphTimings = paragraphs.map(({ id, words: n }) => ({ id, ...timed(n) }));
  const points = pointTimings(paragraphs, wordsPerMinute);
  const limit = limitMinutes === null ? null : overLimit({ words, wordsPerMinute, limitMinutes });
  const isOver = limit?.isOver ?? false;
  return {
    ...timed(words),
    wordsPerMinute,
    written: timed(sum(all)),
    paragraphs: paragraphTimings,
    points,
    untagged: timed(sum(paragraphs.filter((p) => p.points.length === 0))),
    limit,
    longest: {
      points: isOver ? byWords(points) : [],
      paragraphs: isOver ? byWords(paragraphTimings) : [],
    },
  };
}

/** Words and delivery time of a statement, per paragraph and per point, against a limit. */
export function timingSummary(
  paragraphs: readonly StatementParagraph[],
  options: TimingOptions = {},
): TimingSummary {
  return timingOfCounted(countParagraphs(paragraphs), options);
}
