import { useEffect } from 'react';
import { Link } from '../routing/Link';

/** Shown for unknown addresses and for statements that do not exist. */
export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'statement' }) {
  useEffect(() => {
    document.title = 'Not found — Plenary';
  }, []);
  return (
    <div className="page page--narrow">
      <h1>{what === 'statement' ? 'Statement not found' : 'Page not found'}</h1>
      <p className="page__lead">
        {what === 'statement'
          ? 'It may have been deleted, or the link may be incomplete.'
          : 'There is nothing at this address.'}
      </p>
      <p>
        <Link to="/" className="button button--primary">
          Go to all statements
        </Link>
      </p>
    </div>
  );
}
