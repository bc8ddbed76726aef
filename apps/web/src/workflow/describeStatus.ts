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

const NEXT: Record<StatementStatus, Partial<Record<DelegationRole, string>> & { all: string }> = {
  draft: {
    drafter: 'Send it for review when the text is ready.',
    reviewer: 'The drafters are still writing; you will be able to clear it once it is sent.',
    all: 'The drafters are writing.',
  },
  in_review: {
    drafter: 'Waiting for a reviewer to clear it or send it back. The text can still change.',
    reviewer: 'Read it, then clear it or send it back with a comment.',
    all: 'Waiting for a reviewer.',
  },
  cleared: {
    drafter: 'Ready to submit. Any change to the text returns it to draft.',
    reviewer:
      'You cleared it; you can still send it back. Any change to the text returns it to draft.',
    all: 'Cleared for submission.',
  },
  submitted: {
    drafter: 'The text is frozen for everyone. Reopen it to work on a new revision.',
    all: 'The text is frozen for everyone.',
  },
};

/** The badge's words and the line after it, for this status and role. */
export function describeStatus(
  status: StatementStatus,
  role: DelegationRole | null,
): { label: string; next: string } {
  const next = NEXT[status];
  return { label: STATUS_LABEL[status], next: (role ? next[role] : undefined) ?? next.all };
}
