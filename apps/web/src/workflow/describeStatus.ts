// How each status reads on the statement page: its badge, and one line on what happens
// next, worded for the person's role so nobody has to guess whose move it is.
import type { StatementStatus } from '../api/statementsApi';
import type { DelegationRole } from '../debates/debatesApi';

export const STATUS_LABEL: Record<StatementStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  cleared: 'Cleared',
  submitted: 'Submitted',
};

type Lines = Partial<Record<DelegationRole, string>> & { all: string };

function nextLines(status: StatementStatus, revision: number): Lines {
  switch (status) {
    case 'draft':
      return {
        drafter: 'Send it for review when the text is ready.',
        all: 'The drafters are writing.',
      };
    case 'in_review':
      return {
        drafter: 'Waiting for a reviewer. The text can still change.',
        reviewer: 'Read it, then clear it or send it back.',
        all: 'Waiting for a reviewer.',
      };
    case 'cleared':
      return {
        drafter: 'Ready to submit. Any edit returns it to draft.',
        all: 'Cleared for submission. Any edit returns it to draft.',
      };
    case 'submitted':
      return {
        drafter: `Frozen for everyone. Reopen to start revision ${revision + 1}.`,
        all: 'Frozen for everyone.',
      };
  }
}

/** The badge's words and the line after it, for this status and role. */
export function describeStatus(
  status: StatementStatus,
  role: DelegationRole | null,
  revision = 1,
): { label: string; next: string } {
  const lines = nextLines(status, revision);
  return { label: STATUS_LABEL[status], next: (role ? lines[role] : undefined) ?? lines.all };
}
