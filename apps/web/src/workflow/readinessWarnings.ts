// The checks as sentences a person can act on; empty when there is nothing to say.
import type { ReadinessChecks } from './readinessApi';
import { t } from '../i18n/messages/workflowDialogs';

export interface ReadinessWarning {
  key: 'over_limit' | 'unaddressed' | 'open_threads' | 'empty_sections' | 'open_suggestions';
  text: string;
  /** The organizer made this a rule: the statement cannot move on until it is fixed. */
  blocking: boolean;
}

export function formatDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.round(totalSeconds % 60);
  if (minutes === 0) return t('warnings.seconds', { seconds });
  return seconds === 0
    ? t('warnings.minutes', { minutes })
    : t('warnings.minutesSeconds', { minutes, seconds });
}

const labels = (items: string[]): string =>
  items.map((label) => t('warnings.point', { label })).join(', ');

export function readinessWarnings(checks: ReadinessChecks): ReadinessWarning[] {
  const warnings: ReadinessWarning[] = [];
  const { overLimit } = checks;
  if (overLimit) {
    warnings.push({
      key: 'over_limit',
      text: t('warnings.overLimit', {
        time: formatDuration(overLimit.seconds),
        over: formatDuration(overLimit.overSeconds),
        minutes: overLimit.limitMinutes,
        strict: checks.limitIsStrict ? t('warnings.strict') : '',
      }),
      blocking: checks.limitIsStrict,
    });
  }
  if (checks.unaddressedPoints.length > 0) {
    warnings.push({
      key: 'unaddressed',
      text: t('warnings.unaddressed', {
        count: checks.unaddressedPoints.length,
        labels: labels(checks.unaddressedPoints),
      }),
      blocking: false,
    });
  }
  if (checks.openThreads > 0) {
    warnings.push({
      key: 'open_threads',
      text: t('warnings.openThreads', { count: checks.openThreads }),
      blocking: false,
    });
  }
  if (checks.emptySections.length > 0) {
    warnings.push({
      key: 'empty_sections',
      text: t('warnings.emptySections', {
        count: checks.emptySections.length,
        labels: labels(checks.emptySections),
      }),
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
    text: t('warnings.openSuggestions', { count }),
    blocking: false,
  };
}
