// The coverage map: which paragraphs address each discussion point, and what is left over.
import { countParagraphs, type CountedParagraph } from '../statement/countParagraphs.js';
import { pointKey } from '../statement/pointKey.js';
import type { DiscussionPoint, StatementParagraph } from '../statement/StatementInput.js';

export interface PointCoverage {
  readonly label: string;
  readonly text: string;
  /** Paragraphs with text tagged with this point, in document order. */
  readonly paragraphIds: string[];
  /** Tagged paragraphs still empty (e.g. a template section): they do not address it yet. */
  readonly emptyParagraphIds: string[];
  /** Words of the paragraphs addressing it; a paragraph tagged twice counts for both. */
  readonly words: number;
}

/** A tag naming no point of the note (a typo, or a point of an older version of the note). */
export interface UnknownPointTag {
  readonly label: string;
  readonly paragraphIds: string[];
}

export interface Coverage {
  /** One entry per discussion point, in the note's order. */
  readonly points: PointCoverage[];
  /** Labels of the points no paragraph with text addresses. */
  readonly unaddressed: string[];
  readonly unknown: UnknownPointTag[];
  /** Paragraphs with text and no tag at all. */
  readonly untagged: string[];
}

interface MutablePoint extends PointCoverage {
  words: number;
}

function emptyCoverage(points: readonly DiscussionPoint[]): Map<string, MutablePoint> {
  const byKey = new Map<string, MutablePoint>();
  for (const { label, text } of points) {
    const key = pointKey(label);
    if (!byKey.has(key)) {
      byKey.set(key, { label, text, paragraphIds: [], emptyParagraphIds: [], words: 0 });
    }
  }
  return byKey;
}

function pushOnce(ids: string[], id: string): boolean {
  if (ids.includes(id)) return false;
  ids.push(id);
  return true;
}

function addTag(
  paragraph: CountedParagraph,
  tag: string,
  byKey: Map<string, MutablePoint>,
  unknown: Map<string, UnknownPointTag>,
): void {
  const key = pointKey(tag);
  const point = byKey.get(key);
  if (point === undefined) {
    const entry = unknown.get(key) ?? { label: tag, paragraphIds: [] };
    pushOnce(entry.paragraphIds, paragraph.id);
    unknown.set(key, entry);
  } else if (paragraph.words === 0) {
    pushOnce(point.emptyParagraphIds, paragraph.id);
  } else if (pushOnce(point.paragraphIds, paragraph.id)) {
    point.words += paragraph.words;
  }
}

/** Coverage from paragraphs whose words are already counted. */
export function coverageOfCounted(
  paragraphs: readonly CountedParagraph[],
  discussionPoints: readonly DiscussionPoint[],
): Coverage {
  const byKey = emptyCoverage(discussionPoints);
  const unknown = new Map<string, UnknownPointTag>();
  const untagged: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.points.length === 0 && paragraph.words > 0) untagged.push(paragraph.id);
    for (const tag of paragraph.points) addTag(paragraph, tag, byKey, unknown);
  }
  const points = [...byKey.values()];
  return {
    points,
    unaddressed: points.filter((point) => point.paragraphIds.length === 0).map((p) => p.label),
    unknown: [...unknown.values()],
    untagged,
  };
}

/** Which paragraphs address each discussion point; never throws on unknown or odd tags. */
export function coverage(
  paragraphs: readonly StatementParagraph[],
  discussionPoints: readonly DiscussionPoint[],
): Coverage {
  return coverageOfCounted(countParagraphs(paragraphs), discussionPoints);
}
