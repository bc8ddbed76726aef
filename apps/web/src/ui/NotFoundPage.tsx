import { useEffect } from 'react';
import { Link } from '../routing/Link';

/** Shown for unknown addresses and for statements that do not exist. */
export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'statement' | 'debate' }) {
  useEffect(() => {
    document.title = 'Not found — Plenary';
  }, []);
  return (
    <div className="page page--narrow">
      <h1>
        {what === 'page'
          ? 'Page not found'
          : `${what === 'statement' ? 'Statement' : 'Debate'} not found`}
      </h1>
      <p className="page__lead">
        {what === 'page'
          ? 'There is nothing at this address.'
          : 'It may have been deleted, you may not have access to it, or the link may be incomplete.'}
      </p>
      <p>
        <Link to="/" className="button button--primary">
          Go to all statements
        </Link>
      </p>
    </div>
  );
}
