// Who has submitted: each delegation with its statements, in the alphabetical order the
// compilation uses, and the counts the organizer reads first.
import type { Statement, StatementStatus } from '../api/statementsApi';
import type { Delegation } from '../debates/debatesApi';
import { t } from '../i18n/messages/compilation';

export interface DelegationSubmissions {
  delegation: Delegation;
  /** Submitted first, then the furthest along, then the most recently changed. */
  statements: Statement[];
  submitted: number;
}

export interface SubmissionsSummary {
  rows: DelegationSubmissions[];
  delegationsSubmitted: number;
  /** Distinct statements: a joint statement counts once. */
  statementsSubmitted: number;
}

const STAGE: Record<StatementStatus, number> = { submitted: 0, cleared: 1, in_review: 2, draft: 3 };
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const byStage = (a: Statement, b: Statement): number =>
  STAGE[a.status] - STAGE[b.status] || b.updatedAt.localeCompare(a.updatedAt);

export function submissionsByDelegation(
  delegations: readonly Delegation[],
  statements: readonly Statement[],
): SubmissionsSummary {
  const rows = [...delegations]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((delegation) => {
      const own = statements.filter((s) => s.delegationIds.includes(delegation.id)).sort(byStage);
      const submitted = own.filter((s) => s.status === 'submitted').length;
      return { delegation, statements: own, submitted };
    });
  return {
    rows,
    delegationsSubmitted: rows.filter((row) => row.submitted > 0).length,
    statementsSubmitted: statements.filter((s) => s.status === 'submitted').length,
  };
}

/** "3 of 5 delegations have submitted", "1 of 5 delegations has submitted". */
export function submissionsLine({ rows, delegationsSubmitted }: SubmissionsSummary): string {
  if (rows.length === 0) return t('summary.none');
  const values = { submitted: delegationsSubmitted, count: rows.length };
  if (rows.length !== 1 && delegationsSubmitted === 1) {
    return t('summary.line_oneSubmitted', values);
  }
  return t('summary.line', values);
}
