// The debate's outcome document: its text in the collaborative editor, the amendments, the
// paragraphs' status, the silence procedure, and the revisions with their redlines.
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError';
import { Link } from '../routing/Link';
import { debatePath } from '../routing/useRoute';
import type { UserIdentity } from '../identity/identityOf';
import { ErrorNotice } from '../ui/ErrorNotice';
import { AmendmentsPanel } from './AmendmentsPanel';
import { outcomeApi, type OutcomeOverview } from './outcomeApi';
import { OutcomeText } from './OutcomeText';
import { ParagraphItem } from './ParagraphItem';
import { RevisionsSection } from './RevisionsSection';
import { SilenceBanner } from './SilenceBanner';
import { t } from '../i18n/messages/outcome';
import { interleave } from '../i18n/interleave';
import { Section } from '../ui/Section';

export function OutcomePage({
  debateId,
  identity,
  userId,
}: {
  debateId: string;
  identity: UserIdentity;
  userId: string;
}) {
  const [view, setView] = useState<OutcomeOverview | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
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
    if (view) document.title = t('page.title', { title: view.outcome.title });
  }, [view]);

  // Most often the outcome has not been started yet: say so, and lead back to the debate.
  if (error?.status === 404)
    return (
      <div className="page page--narrow">
        <h1>{t('page.none')}</h1>
        <p className="page__lead">{t('page.noneLead')}</p>
        <p>
          <Link to={debatePath(debateId)} className="button button--primary">
            {t('page.back')}
          </Link>
        </p>
      </div>
    );
  if (!view)
    return (
      <div className="page">
        <ErrorNotice message={error?.message ?? null} />
        {error ? null : <p className="muted">{t('page.loading')}</p>}
      </div>
    );

  const penholder =
    view.outcome.penholderDelegationId === null
      ? t('page.presidency')
      : (view.delegations.find((d) => d.id === view.outcome.penholderDelegationId)?.name ?? '');
  const { summary } = view;
  return (
    <div className="page outcome-page">
      <p className="breadcrumb">
        <Link to={debatePath(debateId)}>{t('page.back')}</Link>
      </p>
      <header className="page__header">
        <h1>{view.outcome.title}</h1>
        <p className="page__lead">
          {interleave(t('page.penholder'), {
            training: view.trainingExercise ? t('page.training') : '',
            name: <strong>{penholder}</strong>,
          })}
        </p>
        <p className="outcome-summary" role="status">
          {t('page.summary', {
            agreed: summary.agreed,
            total: summary.total,
            open: summary.open,
            bracketed: summary.bracketed,
          })}
        </p>
      </header>
      <SilenceBanner debateId={debateId} view={view} onDone={reload} />
      <Section title={t('page.text')}>
        <OutcomeText view={view} identity={identity} userId={userId} onEditor={setEditor} />
      </Section>
      <AmendmentsPanel debateId={debateId} view={view} editor={editor} onDone={reload} />
      <Section title={t('paragraph.title')}>
        {view.paragraphs.length === 0 ? <p className="hint-card">{t('page.notWritten')}</p> : null}
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
      </Section>
      <RevisionsSection debateId={debateId} view={view} onDone={reload} />
    </div>
  );
}
