import { useEffect } from 'react';
import { Link } from '../routing/Link';

type Missing = 'page' | 'statement' | 'debate' | 'document';

const TITLES: Record<Missing, string> = {
  page: 'Page not found',
  statement: 'Statement not found',
  debate: 'Debate not found',
  document: 'Document not found',
};

/** Shown for unknown addresses and for statements, debates or documents that do not exist. */
export function NotFoundPage({ what = 'page' }: { what?: Missing }) {
  useEffect(() => {
    document.title = 'Not found — Plenary';
  }, []);
  return (
    <div className="page page--narrow">
      <h1>{TITLES[what]}</h1>
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
