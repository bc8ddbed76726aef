import type { SentBack } from '../api/statementsApi';
import { RelativeTime } from '../ui/RelativeTime';
import { t } from '../i18n/messages/workflow';
import { interleave } from '../i18n/interleave';

/** Why the statement is a draft again, in the reviewer's words, until its next status change. */
export function SentBackNotice({ sentBack }: { sentBack: SentBack }) {
  return (
    <div className="sent-back" role="note" aria-label={t('sentBack.label')}>
      <p className="sent-back__meta">
        {interleave(t('sentBack.by'), {
          name: <strong>{sentBack.byName ?? t('sentBack.aReviewer')}</strong>,
          when: sentBack.at ? <RelativeTime iso={sentBack.at} /> : null,
        })}
      </p>
      <blockquote className="sent-back__reason">{sentBack.reason}</blockquote>
    </div>
  );
}
