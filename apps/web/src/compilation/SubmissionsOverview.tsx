// Who has submitted, at a glance: the count first, then each delegation in the
// alphabetical order of the compilation, with the files of what it submitted.
import { useMemo, useState } from 'react';
import type { Statement } from '../api/statementsApi';
import type { Delegation } from '../debates/debatesApi';
import { DelegationSubmissions } from './DelegationSubmissions';
import type { DownloadResult } from './DownloadLink';
import type { SubmissionsSummary } from './submissionsByDelegation';
import { submissionsLine } from './submissionsByDelegation';
import { t } from '../i18n/messages/compilation';

interface SubmissionsOverviewProps {
  summary: SubmissionsSummary;
  delegations: Delegation[];
  statements: Statement[];
}

export function SubmissionsOverview({
  summary,
  delegations,
  statements,
}: SubmissionsOverviewProps) {
  const [download, setDownload] = useState<DownloadResult | null>(null);
  const names = useMemo(() => new Map(delegations.map((d) => [d.id, d.name])), [delegations]);
  const { rows, delegationsSubmitted } = summary;
  const share = rows.length === 0 ? 0 : (delegationsSubmitted / rows.length) * 100;

  return (
    <div className="submissions">
      <div className="submissions__summary">
        <p className="submissions__count">{submissionsLine(summary)}</p>
        <p className="submissions__detail">{detailLine(summary, statements.length)}</p>
        <div className="submissions__meter" aria-hidden="true">
          <span style={{ width: `${share}%` }} />
        </div>
      </div>
      {rows.length > 0 ? (
        <ul className="submissions__list" aria-label={t('summary.listLabel')}>
          {rows.map((row) => (
            <DelegationSubmissions
              key={row.delegation.id}
              row={row}
              names={names}
              onDownload={setDownload}
            />
          ))}
        </ul>
      ) : null}
      <p className="submissions__download" role="status">
        {download?.ok ? t('summary.downloaded', { name: download.fileName }) : null}
      </p>
      {download && !download.ok ? (
        <p className="error-notice" role="alert">
          {download.message}
        </p>
      ) : null}
    </div>
  );
}

function detailLine({ statementsSubmitted }: SubmissionsSummary, all: number): string {
  const statements = (count: number) => t('summary.statements', { count });
  if (all === 0) return t('summary.noneStarted');
  return t('summary.detail', {
    submitted: statements(statementsSubmitted),
    preparing: statements(all - statementsSubmitted),
  });
}
