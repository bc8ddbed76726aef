// What to look at before a statement goes for review or is submitted: warnings the person
// confirms past, except the speaking limit when the organizer made it a hard rule.
import type { StatementRecord, Stores } from '@plenary/storage';
import type { StatementCoverage } from './CoverageService.js';

export interface ReadinessChecks {
  /** Seconds over the debate's speaking limit at the delegation's rate; null when within. */
  overLimit: { seconds: number; overSeconds: number; limitMinutes: number } | null;
  /** The organizer made the limit a rule: over it, the statement cannot move on. */
  limitIsStrict: boolean;
  unaddressedPoints: string[];
  openThreads: number;
  /** Template sections (one per discussion point) still without text, by point label. */
  emptySections: string[];
  /** Suggestions nobody has accepted or rejected: the text as it stands leaves them out. */
  openSuggestions: number;
}

export async function readinessChecks(
  stores: Stores,
  statement: StatementRecord,
  summary: StatementCoverage,
  openSuggestions = 0,
): Promise<ReadinessChecks> {
  const [debate, threads] = await Promise.all([
    stores.debates.get(statement.debateId),
    stores.comments.threadsOf(statement.id),
  ]);
  const over =
    summary.overSeconds !== null && summary.overSeconds > 0 && summary.limitMinutes !== null
      ? {
          seconds: summary.seconds,
          overSeconds: summary.overSeconds,
          limitMinutes: summary.limitMinutes,
        }
      : null;
  return {
    overLimit: over,
    limitIsStrict: debate?.speakingLimitStrict ?? false,
    unaddressedPoints: summary.unaddressed,
    openThreads: threads.filter(
      (t) => t.status === 'open' && t.comments.some((c) => c.deletedAt === null),
    ).length,
    emptySections: summary.emptySections,
    openSuggestions,
  };
}
