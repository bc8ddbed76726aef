// How each status reads on the statement page: its badge, and one line on what happens
// next, worded for the person's role so nobody has to guess whose move it is.
import type { StatementStatus } from '../api/statementsApi';
import type { DelegationRole } from '../debates/debatesApi';
import { t } from '../i18n/messages/workflow';

export const STATUS_LABEL: Record<StatementStatus, string> = {
  draft: t('status.draft'),
  in_review: t('status.in_review'),
  cleared: t('status.cleared'),
  submitted: t('status.submitted'),
};

type Lines = Partial<Record<DelegationRole, string>> & { all: string };

function nextLines(status: StatementStatus, revision: number): Lines {
  switch (status) {
    case 'draft':
      return {
        drafter: t('next.draft.drafter'),
        all: t('next.draft.all'),
      };
    case 'in_review':
      return {
        drafter: t('next.in_review.drafter'),
        reviewer: t('next.in_review.reviewer'),
        all: t('next.in_review.all'),
      };
    case 'cleared':
      return {
        drafter: t('next.cleared.drafter'),
        all: t('next.cleared.all'),
      };
    case 'submitted':
      return {
        drafter: t('next.submitted.drafter', { revision: revision + 1 }),
        all: t('next.submitted.all'),
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
