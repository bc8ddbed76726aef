import { useEffect } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { Link } from '../routing/Link';
import { debatePath } from '../routing/useRoute';
import { ErrorNotice } from '../ui/ErrorNotice';
import { debatesApi } from './debatesApi';
import { describeDebate } from './describeDebate';
import { DeletedDebates } from './DeletedDebates';
import { NewDebate } from './NewDebate';
import { t } from '../i18n/messages/debates';

/** The meetings the person takes part in, and a way to start a new one. */
export function DebatesPage() {
  const { data: debates, error } = useApiQuery(['debates'], (signal) => debatesApi.list(signal));

  useEffect(() => {
    document.title = t('list.document');
  }, []);

  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('list.title')}</h1>
        <p className="page__lead">{t('list.lead')}</p>
      </header>
      <ErrorNotice message={error} />
      {debates && debates.length > 0 ? (
        <ul className="item-list">
          {debates.map((debate) => (
            <li key={debate.id} className="item-list__item">
              <Link to={debatePath(debate.id)} className="item-list__title">
                {debate.theme}
              </Link>
              <p className="item-list__meta">{describeDebate(debate)}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {debates?.length === 0 ? <p className="hint-card">{t('list.none')}</p> : null}
      <NewDebate />
      <DeletedDebates />
    </div>
  );
}
