import type { ReactNode } from 'react';
import type { StatementStatus } from '../api/statementsApi';
import { STATUS_LABEL } from './describeStatus';
import { t } from '../i18n/messages/workflow';

interface StatusBadgeProps {
  status: StatementStatus;
  revision: number;
}

/**
 * The statement's status in words, with a shape per status (open circle, half, tick,
 * lock) so that it reads without colour too. The revision shows once there is a second.
 */
export function StatusBadge({ status, revision }: StatusBadgeProps) {
  return (
    <span className="status-badge" data-status={status}>
      <svg
        className="status-badge__mark"
        viewBox="0 0 12 12"
        width="12"
        height="12"
        aria-hidden="true"
        focusable="false"
      >
        {MARKS[status]}
      </svg>
      <span className="status-badge__label">{STATUS_LABEL[status]}</span>
      {revision > 1 ? (
        <span className="status-badge__revision">{t('revision', { revision })}</span>
      ) : null}
    </span>
  );
}

const MARKS: Record<StatementStatus, ReactNode> = {
  draft: <circle cx="6" cy="6" r="4.25" fill="none" stroke="currentColor" strokeWidth="1.5" />,
  in_review: (
    <>
      <circle cx="6" cy="6" r="4.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M6 1.75a4.25 4.25 0 0 1 0 8.5z" fill="currentColor" />
    </>
  ),
  cleared: (
    <path
      d="M2 6.4 4.7 9 10 3"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
  submitted: (
    <>
      <rect x="2.25" y="5.25" width="7.5" height="5.5" rx="1" fill="currentColor" />
      <path d="M4 5.25V4a2 2 0 0 1 4 0v1.25" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </>
  ),
};
