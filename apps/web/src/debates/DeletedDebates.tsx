// Debates an organizer deleted, on the Debates page while the Trash keeps them: each can
// be restored, with its delegations, statements and library.
import { t } from '../i18n/messages/safeguards';
import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { invalidateQueries } from '../api/queryKeys';
import { useApiQuery } from '../api/useApiQuery';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RestoreButton } from '../trash/RestoreButton';
import { RelativeTime } from '../ui/RelativeTime';
import { debatesApi, type TrashedDebate } from './debatesApi';

export function DeletedDebates() {
  const query = useApiQuery(['debates', 'trash'], (signal) => debatesApi.trash(signal));
  const { data: trash } = query;
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function restore(debate: TrashedDebate): Promise<void> {
    setBusyId(debate.id);
    setError(null);
    try {
      await debatesApi.restore(debate.id);
      setAnnouncement(t('deletedDebates.restored', { theme: debate.theme }));
      // The debate is back in the list above, and no longer among these.
      invalidateQueries(['debates']);
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
      <ErrorNotice message={error ?? query.error} />
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
