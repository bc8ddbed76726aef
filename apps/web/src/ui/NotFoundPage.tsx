import { useEffect } from 'react';
import { Link } from '../routing/Link';
import { t } from '../i18n/messages/ui';

type Missing = 'page' | 'statement' | 'debate' | 'document';

const TITLES = {
  page: 'notFound.page',
  statement: 'notFound.statement',
  debate: 'notFound.debate',
  document: 'notFound.document',
} as const satisfies Record<Missing, string>;

/** Shown for unknown addresses and for statements, debates or documents that do not exist. */
export function NotFoundPage({ what = 'page' }: { what?: Missing }) {
  useEffect(() => {
    document.title = t('notFound.documentTitle');
  }, []);
  return (
    <div className="page page--narrow">
      <h1>{t(TITLES[what])}</h1>
      <p className="page__lead">
        {what === 'page' ? t('notFound.nothingHere') : t('notFound.gone')}
      </p>
      <p>
        <Link to="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
