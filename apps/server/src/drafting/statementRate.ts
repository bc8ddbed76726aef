import { languageRate, type LanguageRate } from '@plenary/drafting-metrics';
import type { DelegationRecord, StatementRecord } from '@plenary/storage';

// The speaking rate a statement is timed at. A delegation's rate (which it may change) is
// for its usual language; a statement in another language is timed at that language's
// documented default, since a rate in words means nothing for Chinese and vice versa.

export function statementRate(
  statement: Pick<StatementRecord, 'language'>,
  delegation: Pick<DelegationRecord, 'language' | 'wordsPerMinute'> | undefined,
): LanguageRate {
  const rate = languageRate(statement.language);
  if (delegation && delegation.language === statement.language) {
    return { ...rate, perMinute: delegation.wordsPerMinute };
  }
  return rate;
}
