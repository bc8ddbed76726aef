// The checks as sentences a person can act on; empty when there is nothing to say.
import type { ReadinessChecks } from './readinessApi';

export interface ReadinessWarning {
  key: 'over_limit' | 'unaddressed' | 'open_threads' | 'empty_sections' | 'open_suggestions';
  text: string;
  /** The organizer made this a rule: the statement cannot move on until it is fixed. */
  blocking: boolean;
}

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

export function formatDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.round(totalSeconds % 60);
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

const labels = (items: string[]): string => items.map((label) => `point ${label}`).join(', ');

export function readinessWarnings(checks: ReadinessChecks): ReadinessWarning[] {
  const warnings: ReadinessWarning[] = [];
  const { overLimit } = checks;
  if (overLimit) {
    warnings.push({
      key: 'over_limit',
      text: `It runs ${formatDuration(overLimit.seconds)}: ${formatDuration(overLimit.overSeconds)} over the ${overLimit.limitMinutes}-minute speaking limit${checks.limitIsStrict ? ', which the organizer made a rule for this debate' : ''}.`,
      blocking: checks.limitIsStrict,
    });
  }
  if (checks.unaddressedPoints.length > 0) {
    warnings.push({
      key: 'unaddressed',
      text: `${plural(checks.unaddressedPoints.length, 'discussion point is', 'discussion points are')} not addressed: ${labels(checks.unaddressedPoints)}.`,
      blocking: false,
    });
  }
  if (checks.openThreads > 0) {
    warnings.push({
      key: 'open_threads',
      text: `${plural(checks.openThreads, 'comment thread is', 'comment threads are')} still open.`,
      blocking: false,
    });
  }
  if (checks.emptySections.length > 0) {
    warnings.push({
      key: 'empty_sections',
      text: `${plural(checks.emptySections.length, 'template section is', 'template sections are')} still empty (${labels(checks.emptySections)}).`,
      blocking: false,
    });
  }
  if (checks.openSuggestions > 0) warnings.push(openSuggestionsWarning(checks.openSuggestions));
  return warnings;
}

/** Open suggestions are not part of the text until accepted: it moves on without them. */
export function openSuggestionsWarning(count: number): ReadinessWarning {
  return {
    key: 'open_suggestions',
    text: `${plural(count, 'suggestion is', 'suggestions are')} still open: they stay as they are, and the text as it stands leaves them out until a drafter accepts them.`,
    blocking: false,
  };
}
