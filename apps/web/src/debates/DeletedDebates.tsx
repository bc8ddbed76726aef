// Debates an organizer deleted, on the Debates page while the Trash keeps them: each can
// be restored, with its delegations, statements and library.
import { t } from '../i18n/messages/safeguards';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RestoreButton } from '../trash/RestoreButton';
import { RelativeTime } from '../ui/RelativeTime';
import { debatesApi, type TrashedDebate } from './debatesApi';

export function DeletedDebates({ onRestored }: { onRestored: () => void }) {
  const [trash, setTrash] = useState<{ debates: TrashedDebate[]; retentionDays: number } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    debatesApi.trash(controller.signal).then(setTrash, (failure: unknown) => {
      if (!controller.signal.aborted) setError(errorMessage(failure));
    });
    return () => controller.abort();
  }, [generation]);

  async function restore(debate: TrashedDebate): Promise<void> {
    setBusyId(debate.id);
    setError(null);
    try {
      await debatesApi.restore(debate.id);
      setAnnouncement(t('deletedDebates.restored', { theme: debate.theme }));
      onRestored();
      reload();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusyId(null);
    }
  }

  if (!trash || (trash.debates.length === 0 && !announcement && !error)) return null;
  return (
    <section aria-labelledby="deleted-debates-heading" className="section trash">
      <h2 id="deleted-debates-heading" className="section__title">
        {t('deletedDebates.title')}
      </h2>
      <p className="section__lead">{t('deletedDebates.lead', { days: trash.retentionDays })}</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ErrorNotice message={error} />
      <ul className="item-list" aria-label={t('deletedDebates.title')}>
        {trash.debates.map((debate) => (
          <li key={debate.id} className="item-list__item trash__item">
            <div>
              <p className="trash__label">{debate.theme}</p>
              <p className="item-list__meta">
                {t('deletedDebates.deleted')} <RelativeTime iso={debate.deletedAt} />
              </p>
            </div>
            <RestoreButton
              busy={busyId === debate.id}
              disabled={busyId !== null}
              onRestore={() => void restore(debate)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
