import type { SentBack } from '../api/statementsApi';
import { RelativeTime } from '../ui/RelativeTime';

/** Why the statement is a draft again, in the reviewer's words, until its next status change. */
export function SentBackNotice({ sentBack }: { sentBack: SentBack }) {
  return (
    <div className="sent-back" role="note" aria-label="Sent back">
      <p className="sent-back__meta">
        Sent back by <strong>{sentBack.byName ?? 'a reviewer'}</strong>{' '}
        {sentBack.at ? <RelativeTime iso={sentBack.at} /> : null}:
      </p>
      <blockquote className="sent-back__reason">{sentBack.reason}</blockquote>
    </div>
  );
}
