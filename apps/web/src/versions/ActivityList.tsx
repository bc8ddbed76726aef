// The statement's history, newest first: who sent it for review, cleared, sent back
// (with the reviewer's comment), submitted, reopened or restored it, and when.
import { RelativeTime } from '../ui/RelativeTime';
import type { HistoryEvent } from '../workflow/workflowApi';
import { describeEvent } from './describeEvent';
import { t } from '../i18n/messages/versions';
import { t as panelText } from '../i18n/messages/versionsPanel';
import type { VersionView } from './useHistoryPanel';

interface ActivityListProps {
  events: HistoryEvent[];
  onShow: (view: VersionView) => void;
}

export function ActivityList({ events, onShow }: ActivityListProps) {
  if (events.length === 0) {
    return <p className="muted side-panel__note">{panelText('noActivity')}</p>;
  }
  return (
    <ol className="activity" aria-label={t('panel.activity')}>
      {events.map((event) => {
        const { actor, did, comment, link } = describeEvent(event);
        return (
          <li key={event.id} className="activity__item" data-action={event.action}>
            <p className="activity__line">
              <strong>{actor}</strong> {did}
            </p>
            {comment ? <blockquote className="activity__comment">{comment}</blockquote> : null}
            <p className="activity__meta">
              <RelativeTime iso={event.at} />
              {link ? (
                <button
                  type="button"
                  className="button--link activity__link"
                  onClick={() =>
                    onShow({ versionId: link.versionId, against: link.compare ? 'current' : null })
                  }
                >
                  {link.label}
                </button>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
