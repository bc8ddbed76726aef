import type { Statement } from '../api/statementsApi';
import { exportUrl } from '../export/exportApi';
import { RelativeTime } from '../ui/RelativeTime';
import { StatusBadge } from '../workflow/StatusBadge';
import { DownloadLink, type DownloadResult } from './DownloadLink';

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
          {jointWith.length > 0 ? <span>Joint statement with {jointWith.join(', ')}</span> : null}
          <span>
            Updated <RelativeTime iso={statement.updatedAt} />
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
              label={`Download ${format.toUpperCase()} of “${title}”`}
              onResult={onDownload}
            >
              Download {format.toUpperCase()}
            </DownloadLink>
          ))}
        </div>
      ) : null}
    </li>
  );
}
