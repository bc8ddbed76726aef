import type { Statement } from '../api/statementsApi';
import { exportUrl } from '../export/exportApi';
import { RelativeTime } from '../ui/RelativeTime';
import { StatusBadge } from '../workflow/StatusBadge';
import { DownloadLink, type DownloadResult } from './DownloadLink';
import { t } from '../i18n/messages/compilation';
import { interleave } from '../i18n/interleave';

interface SubmittedStatementProps {
  statement: Statement;
  /** The other owners of a joint statement, by name. */
  jointWith: string[];
  onDownload: (result: DownloadResult) => void;
}

/** One statement of a delegation: its status, and its files once submitted. */
export function SubmittedStatement({ statement, jointWith, onDownload }: SubmittedStatementProps) {
  const { id, title, status, revision } = statement;
  return (
    <li className="submission-statement" data-statement-id={id}>
      <div className="submission-statement__main">
        <span className="submission-statement__title">{title}</span>
        <p className="submission-statement__meta">
          <StatusBadge status={status} revision={revision} />
          {jointWith.length > 0 ? (
            <span>{t('statement.joint', { names: jointWith.join(', ') })}</span>
          ) : null}
          <span>
            {interleave(t('statement.updated'), {
              when: <RelativeTime iso={statement.updatedAt} />,
            })}
          </span>
        </p>
      </div>
      {status === 'submitted' ? (
        <div className="submission-statement__files">
          {(['docx', 'pdf'] as const).map((format) => (
            <DownloadLink
              key={format}
              href={exportUrl(id, format)}
              fallbackName={`${title}.${format}`}
              className="button button--small"
              label={t('statement.downloadLabel', { format: format.toUpperCase(), title })}
              onResult={onDownload}
            >
              {t('statement.download', { format: format.toUpperCase() })}
            </DownloadLink>
          ))}
        </div>
      ) : null}
    </li>
  );
}
