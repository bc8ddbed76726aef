// The debate's Trash on its page: what the person may restore, newest deletion first, and
// how long each item stays. Reloads live when statements change, and after each restore.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { useDebateEvents } from '../realtime/useDebateEvents';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RelativeTime } from '../ui/RelativeTime';
import { RestoreButton } from './RestoreButton';
import { trashApi, type DebateTrash, type TrashedItem } from './trashApi';

const KIND_LABEL: Record<TrashedItem['kind'], string> = {
  statement: 'Statement',
  reference: 'Reference document',
  comment: 'Comment',
};
const DAY_MS = 24 * 60 * 60 * 1000;

interface TrashSectionProps {
  debateId: string;
  /** Something came back: views of statements and references reload. */
  onRestored: () => void;
}

export function TrashSection({ debateId, onRestored }: TrashSectionProps) {
  const [trash, setTrash] = useState<DebateTrash | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useDebateEvents(debateId, reload);

  useEffect(() => {
    const controller = new AbortController();
    trashApi.list(debateId, controller.signal).then(setTrash, (failure: unknown) => {
      if (!controller.signal.aborted) setError(errorMessage(failure));
    });
    return () => controller.abort();
  }, [debateId, generation]);

  async function restore(item: TrashedItem): Promise<void> {
    setBusyId(item.id);
    setError(null);
    try {
      await trashApi.restore(item);
      setAnnouncement(`${KIND_LABEL[item.kind]} “${item.label}” restored.`);
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
        Trash
      </h2>
      <p className="section__lead">
        Deleted items stay here for {trash.retentionDays} days, then they are removed for good.
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ErrorNotice message={error} />
      {trash.items.length === 0 ? <p className="muted">The Trash is empty.</p> : null}
      <ul className="item-list">
        {trash.items.map((item) => (
          <li key={`${item.kind}:${item.id}`} className="item-list__item trash__item">
            <div>
              <p className="trash__label">
                <span className="trash__kind">{KIND_LABEL[item.kind]}</span> {item.label}
              </p>
              <p className="item-list__meta">
                {item.context ? <>On “{item.context}” · </> : null}
                Deleted <RelativeTime iso={item.deletedAt} /> · removed for good{' '}
                <RelativeTime iso={purgeDate(item.deletedAt, trash.retentionDays)} />
              </p>
            </div>
            <RestoreButton
              busy={busyId === item.id}
              disabled={busyId !== null}
              onRestore={() => void restore(item)}
            />
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
