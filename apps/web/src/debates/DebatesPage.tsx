import { useEffect } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { Link } from '../routing/Link';
import { debatePath, navigate } from '../routing/useRoute';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CreateDebateForm } from './CreateDebateForm';
import { debatesApi } from './debatesApi';
import { describeDebate } from './describeDebate';

/** The meetings the person takes part in, and a way to start a new one. */
export function DebatesPage() {
  const { data: debates, error } = useApiQuery('debates', (signal) => debatesApi.list(signal));

  useEffect(() => {
    document.title = 'Debates — Plenary';
  }, []);

  return (
    <div className="page">
      <header className="page__header">
        <h1>Debates</h1>
        <p className="page__lead">
          Each debate has its delegations; organizers invite the people who draft, review and read.
        </p>
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
      {debates?.length === 0 ? (
        <p className="hint-card">
          You take part in no debate yet. Start one below, or wait for an invitation.
        </p>
      ) : null}
      <CreateDebateForm onCreated={(debate) => navigate(debatePath(debate.id))} />
    </div>
  );
}
