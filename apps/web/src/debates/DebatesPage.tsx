import { useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { Link } from '../routing/Link';
import { debatePath, navigate } from '../routing/useRoute';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CreateDebateForm } from './CreateDebateForm';
import { debatesApi, type Debate } from './debatesApi';
import { describeDebate } from './describeDebate';
import { t } from '../i18n/messages/debates';

/** The meetings the person takes part in, and a way to start a new one. */
export function DebatesPage() {
  const [debates, setDebates] = useState<Debate[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = t('list.document');
    const controller = new AbortController();
    debatesApi.list(controller.signal).then(setDebates, (failure: unknown) => {
      if (!controller.signal.aborted) setError(errorMessage(failure));
    });
    return () => controller.abort();
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
      <CreateDebateForm onCreated={(debate) => navigate(debatePath(debate.id))} />
    </div>
  );
}
