// The debate's Trash on its page: what the person may restore, newest deletion first, and
// how long each item stays. Reloads live when statements change, and after each restore.
import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { useApiQuery } from '../api/useApiQuery';
import { useDebateRoom } from '../realtime/useDebateRoom';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RelativeTime } from '../ui/RelativeTime';
import { trashApi, type TrashedItem } from './trashApi';
import { t } from '../i18n/messages/trash';
import { interleave } from '../i18n/interleave';

const KIND_LABEL = {
  statement: 'kinds.statement',
  reference: 'kinds.reference',
  comment: 'kinds.comment',
} as const satisfies Record<TrashedItem['kind'], string>;
const DAY_MS = 24 * 60 * 60 * 1000;

interface TrashSectionProps {
  debateId: string;
  /** Something came back: views of statements and references reload. */
  onRestored: () => void;
}

export function TrashSection({ debateId, onRestored }: TrashSectionProps) {
  const query = useApiQuery(
    ['debate', debateId, 'trash'],
    (signal) => trashApi.list(debateId, signal),
    { onReconnect: true },
  );
  const { data: trash, reload } = query;
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useDebateRoom(debateId);

  async function restore(item: TrashedItem): Promise<void> {
    setBusyId(item.id);
    setError(null);
    try {
      await trashApi.restore(item);
      setAnnouncement(t('restored', { kind: t(KIND_LABEL[item.kind]), label: item.label }));
      onRestored();
      reload();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusyId(null);
    }
  }

  if (!trash || (trash.items.length === 0 && !announcement)) return null;
  return (
    <section id="trash" aria-labelledby="trash-heading" className="section trash">
      <h2 id="trash-heading" className="section__title">
        {t('title')}
      </h2>
      <p className="section__lead">{t('lead', { days: trash.retentionDays })}</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ErrorNotice message={error ?? query.error} />
      {trash.items.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      <ul className="item-list">
        {trash.items.map((item) => (
          <li key={`${item.kind}:${item.id}`} className="item-list__item trash__item">
            <div>
              <p className="trash__label">
                <span className="trash__kind">{t(KIND_LABEL[item.kind])}</span> {item.label}
              </p>
              <p className="item-list__meta">
                {item.context ? t('on', { context: item.context }) : null}
                {interleave(t('deleted'), {
                  when: <RelativeTime iso={item.deletedAt} />,
                  purge: <RelativeTime iso={purgeDate(item.deletedAt, trash.retentionDays)} />,
                })}
              </p>
            </div>
            <button
              type="button"
              className="button"
              disabled={busyId !== null}
              onClick={() => void restore(item)}
            >
              {busyId === item.id ? t('restoring') : t('restore')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function purgeDate(deletedAt: string, retentionDays: number): string {
  const time = Date.parse(deletedAt);
  return Number.isNaN(time) ? '' : new Date(time + retentionDays * DAY_MS).toISOString();
}
