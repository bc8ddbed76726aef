// Reading a library document: its numbered paragraphs under their section headings, and
// its footnotes, laid out like the report so a paragraph can be found by its number.
import { useEffect } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { Link } from '../routing/Link';
import { debatePath } from '../routing/useRoute';
import { ErrorNotice } from '../ui/ErrorNotice';
import { NotFoundPage } from '../ui/NotFoundPage';
import { describeReference } from './describeReference';
import { ReferenceText } from './ReferenceText';
import { referencesApi } from './referencesApi';
import { t } from '../i18n/messages/library';

export function ReferencePage({ referenceId }: { referenceId: string }) {
  const {
    data: reference,
    error,
    errorStatus,
  } = useApiQuery(['reference', referenceId], (signal) => referencesApi.get(referenceId, signal));

  useEffect(() => {
    if (!reference) return;
    document.title = t('page.title', { name: reference.symbol ?? reference.title });
    // The paragraphs arrive after the browser looked for the #para-N target: look again,
    // and whenever the address changes to another paragraph.
    showTarget();
    window.addEventListener('hashchange', showTarget);
    return () => window.removeEventListener('hashchange', showTarget);
  }, [reference]);

  if (errorStatus === 404) return <NotFoundPage what="document" />;
  if (!reference) {
    return (
      <div className="page">
        <ErrorNotice message={error} />
        {error ? null : <p className="muted">{t('page.opening')}</p>}
      </div>
    );
  }

  return (
    <div className="page reference-page">
      <p className="breadcrumb">
        <Link to={debatePath(reference.debateId)}>
          <span aria-hidden="true">←</span> {t('page.back')}
        </Link>
      </p>
      <header className="page__header">
        <h1>{reference.title}</h1>
        <p className="page__lead">{describeReference(reference)}</p>
      </header>
      <ReferenceText reference={reference} />
    </div>
  );
}

function showTarget(): void {
  for (const previous of document.querySelectorAll('.reference-text .is-target'))
    previous.classList.remove('is-target');
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  target.classList.add('is-target');
  target.scrollIntoView({ block: 'center' });
}
