import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { Link } from '../routing/Link';
import { debatePath } from '../routing/useRoute';
import { ErrorNotice } from '../ui/ErrorNotice';
import { debatesApi, type Debate } from './debatesApi';
import { describeDebate } from './describeDebate';
import { DeletedDebates } from './DeletedDebates';
import { NewDebate } from './NewDebate';

/** The meetings the person takes part in, and a way to start a new one. */
export function DebatesPage() {
  const [debates, setDebates] = useState<Debate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    document.title = 'Debates — Plenary';
    const controller = new AbortController();
    debatesApi.list(controller.signal).then(setDebates, (failure: unknown) => {
      if (!controller.signal.aborted) setError(errorMessage(failure));
    });
    return () => controller.abort();
  }, [generation]);

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
      <NewDebate />
      <DeletedDebates onRestored={reload} />
    </div>
  );
}
