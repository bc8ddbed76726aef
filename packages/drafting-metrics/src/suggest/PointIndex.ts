// Okapi BM25 with each discussion point's text as one document and a paragraph as the query.
import type { DiscussionPoint } from '../statement/StatementInput.js';
import { analyzeTerms } from './analyzeTerms.js';

/** Term-frequency saturation (Robertson's k1) and length normalization (b). */
const K1 = 1.2;
const B = 0.75;
/** Saturation of repeated query terms (k3): a paragraph saying "dialogue" five times. */
const K3 = 1.2;

interface IndexedPoint {
  readonly label: string;
  readonly frequencies: ReadonlyMap<string, number>;
  readonly length: number;
}

export interface PointIndex {
  readonly points: readonly IndexedPoint[];
  readonly idf: ReadonlyMap<string, number>;
  readonly averageLength: number;
}

export interface ScoredPoint {
  readonly label: string;
  readonly score: number;
}

function frequencies(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Indexes the points' text once, for scoring many paragraphs against it. */
export function indexPoints(discussionPoints: readonly DiscussionPoint[]): PointIndex {
  const points = discussionPoints.map(({ label, text }) => {
    const terms = analyzeTerms(text);
    return { label, frequencies: frequencies(terms), length: terms.length };
  });
  const documentFrequency = new Map<string, number>();
  for (const point of points) {
    for (const term of point.frequencies.keys()) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const n = points.length;
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) {
    // The "+1" form (Lucene's) keeps a term shared by most points weakly positive.
    idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  const totalLength = points.reduce((sum, point) => sum + point.length, 0);
  return { points, idf, averageLength: n === 0 ? 0 : totalLength / n };
}

function scorePoint(point: IndexedPoint, query: Map<string, number>, index: PointIndex): number {
  const lengthRatio = index.averageLength === 0 ? 1 : point.length / index.averageLength;
  let score = 0;
  for (const [term, queryCount] of query) {
    const tf = point.frequencies.get(term);
    if (tf === undefined) continue;
    const idf = index.idf.get(term) ?? 0;
    const documentWeight = (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * lengthRatio));
    const queryWeight = (queryCount * (K3 + 1)) / (queryCount + K3);
    score += idf * documentWeight * queryWeight;
  }
  return score;
}

/** Every point with its BM25 score for `text`, best first (ties keep the note's order). */
export function scorePoints(index: PointIndex, text: string): ScoredPoint[] {
  const query = frequencies(analyzeTerms(text));
  return index.points
    .map((point) => ({ label: point.label, score: scorePoint(point, query, index) }))
    .sort((a, b) => b.score - a.score);
}
