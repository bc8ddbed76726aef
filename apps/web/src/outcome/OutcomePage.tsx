// The debate's outcome document: its numbered paragraphs with their status and amendments,
// the silence procedure, and the revisions with their redlines.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError';
import { Link } from '../routing/Link';
import { debatePath } from '../routing/useRoute';
import { ErrorNotice } from '../ui/ErrorNotice';
import { NotFoundPage } from '../ui/NotFoundPage';
import { outcomeApi, type OutcomeOverview } from './outcomeApi';
import { ParagraphItem } from './ParagraphItem';
import { PenholderText } from './PenholderText';
import { RevisionsSection } from './RevisionsSection';
import { SilenceBanner } from './SilenceBanner';

export function OutcomePage({ debateId }: { debateId: string }) {
  const [view, setView] = useState<OutcomeOverview | null>(null);
  const [error, setError] = useState<{ status: number; message: string } | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    outcomeApi.get(debateId, controller.signal).then(setView, (failure: unknown) => {
      if (controller.signal.aborted) return;
      setError({
        status: failure instanceof ApiError ? failure.status : 0,
        message: errorMessage(failure),
      });
    });
    return () => controller.abort();
  }, [debateId, generation]);

  useEffect(() => {
    if (view) document.title = `${view.outcome.title} — Plenary`;
  }, [view]);

  if (error?.status === 404) return <NotFoundPage what="document" />;
  if (!view)
    return (
      <div className="page">
        <ErrorNotice message={error?.message ?? null} />
        {error ? null : <p className="muted">Loading the outcome document…</p>}
      </div>
    );

  const penholder =
    view.outcome.penholderDelegationId === null
      ? 'the presidency'
      : (view.delegations.find((d) => d.id === view.outcome.penholderDelegationId)?.name ?? '');
  const { summary } = view;
  return (
    <div className="page outcome-page">
      <p className="breadcrumb">
        <Link to={debatePath(debateId)}>Back to the debate</Link>
      </p>
      <header className="page__header">
        <h1>{view.outcome.title}</h1>
        <p className="page__lead">
          {view.trainingExercise ? 'Training exercise · ' : ''}Penholder:{' '}
          <strong>{penholder}</strong>
        </p>
        <p className="outcome-summary" role="status">
          {summary.agreed} of {summary.total} paragraphs agreed ad ref · {summary.open} open ·{' '}
          {summary.bracketed} bracketed
        </p>
      </header>
      <SilenceBanner debateId={debateId} view={view} onDone={reload} />
      <section className="section" aria-labelledby="text-heading">
        <h2 id="text-heading" className="section__title">
          Text and amendments
        </h2>
        <PenholderText key={generation} debateId={debateId} view={view} onDone={reload} />
        {view.paragraphs.length === 0 && !view.abilities['outcome.editText'] ? (
          <p className="hint-card">The penholder has not written the text yet.</p>
        ) : null}
        <ol className="outcome-paragraphs">
          {view.paragraphs.map((paragraph) => (
            <ParagraphItem
              key={`${paragraph.number}:${paragraph.text}`}
              debateId={debateId}
              view={view}
              paragraph={paragraph}
              onDone={reload}
            />
          ))}
        </ol>
      </section>
      <RevisionsSection debateId={debateId} view={view} onDone={reload} />
    </div>
  );
}
