// Repeated measurements of one cell: the median and the range, and whether two cells can be
// told apart at all (their ranges do not overlap).

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many repeats measured it. */
  n: number;
}

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function spread(values: readonly (number | undefined)[]): Spread | undefined {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (known.length === 0) return undefined;
  return {
    median: median(known),
    min: Math.min(...known),
    max: Math.max(...known),
    n: known.length,
  };
}

/** `a` scaled by `factor`, e.g. a target of 1.1 × y-websocket. */
export const scaled = (a: Spread, factor: number): Spread => ({
  median: a.median * factor,
  min: a.min * factor,
  max: a.max * factor,
  n: a.n,
});

export const overlaps = (a: Spread, b: Spread): boolean => a.min <= b.max && b.min <= a.max;

export type Verdict =
  'met' | 'missed' | 'met, within noise' | 'missed, within noise' | 'not measured';

/**
 * Whether `measured` is at most (or, with `higherIsBetter`, at least) `target`, judged on the
 * medians; "within noise" when the ranges of the repeats overlap, so one run could say either.
 */
export function verdict(
  measured: Spread | undefined,
  target: Spread | undefined,
  higherIsBetter = false,
): Verdict {
  if (!measured || !target) return 'not measured';
  const met = higherIsBetter ? measured.median >= target.median : measured.median <= target.median;
  const noisy = measured.n > 1 && target.n > 1 && overlaps(measured, target);
  if (noisy) return met ? 'met, within noise' : 'missed, within noise';
  return met ? 'met' : 'missed';
}

/** A fixed target (50 ms, 120 MiB): within noise when the range straddles it. */
export function verdictAgainst(measured: Spread | undefined, limit: number): Verdict {
  if (!measured) return 'not measured';
  const met = measured.median <= limit;
  const noisy = measured.n > 1 && measured.min <= limit && measured.max > limit;
  if (noisy) return met ? 'met, within noise' : 'missed, within noise';
  return met ? 'met' : 'missed';
}
