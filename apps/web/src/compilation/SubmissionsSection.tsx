// The organizer's collection of statements: who has submitted, and the compilation of
// everything submitted. Organizers see each statement's status, never a draft's text.
import { useMemo } from 'react';
import type { Debate, Delegation } from '../debates/debatesApi';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RelativeTime } from '../ui/RelativeTime';
import { CompilationBuilder } from './CompilationBuilder';
import { submissionsByDelegation } from './submissionsByDelegation';
import { SubmissionsOverview } from './SubmissionsOverview';
import { useDebateStatements } from './useDebateStatements';
import { t } from '../i18n/messages/compilation';
import { interleave } from '../i18n/interleave';

interface SubmissionsSectionProps {
  debate: Debate;
  delegations: Delegation[];
}

export function SubmissionsSection({ debate, delegations }: SubmissionsSectionProps) {
  const { statements, loadedAt, loading, error, reload } = useDebateStatements(debate.id);
  const summary = useMemo(
    () => submissionsByDelegation(delegations, statements ?? []),
    [delegations, statements],
  );

  return (
    <section aria-labelledby="submissions-heading" className="section">
      <div className="section__heading-row">
        <h2 id="submissions-heading" className="section__title">
          {t('section.title')}
        </h2>
        <p className="section__freshness" role="status">
          {loading ? (
            t('section.checking')
          ) : loadedAt ? (
            <>
              {interleave(t('section.checked'), {
                when: <RelativeTime iso={loadedAt.toISOString()} />,
              })}
            </>
          ) : null}
        </p>
        <button type="button" className="button button--small" onClick={reload}>
          {t('section.refresh')}
        </button>
      </div>
      <ErrorNotice message={error} />
      {statements ? (
        <SubmissionsOverview summary={summary} delegations={delegations} statements={statements} />
      ) : null}
      {statements || error ? (
        <CompilationBuilder
          debate={debate}
          submitted={statements ? summary.statementsSubmitted : null}
        />
      ) : null}
    </section>
  );
}
