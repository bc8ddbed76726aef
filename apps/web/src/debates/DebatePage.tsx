// One debate: the meeting, its discussion points and reference library, its delegations
// and their members; for organizers, the concept-note import, submissions and the
// compilation, delegations and invitations.
import { useCallback, useEffect, useState } from 'react';
import { invalidateQueries } from '../api/queryKeys';
import { useApiQuery } from '../api/useApiQuery';
import type { SessionUser } from '../auth/sessionApi';
import { DebateMentions } from '../comments/DebateMentions';
import { SubmissionsSection } from '../compilation/SubmissionsSection';
import { ConceptNoteSection } from '../conceptNotes/ConceptNoteSection';
import { InviteForm } from '../invitations/InviteForm';
import { PendingInvitations } from '../invitations/PendingInvitations';
import { ReferenceLibrary } from '../library/ReferenceLibrary';
import { Link } from '../routing/Link';
import { TrashSection } from '../trash/TrashSection';
import { OutcomeSection } from '../outcome/OutcomeSection';
import { ErrorNotice } from '../ui/ErrorNotice';
import { NotFoundPage } from '../ui/NotFoundPage';
import { AddDelegationForm } from './AddDelegationForm';
import { DebateFacts } from './DebateFacts';
import { DebateSettings } from './DebateSettings';
import { debatesApi } from './debatesApi';
import { DelegationCard } from './DelegationCard';
import { t } from '../i18n/messages/debates';
import { Section } from '../ui/Section';

export function DebatePage({ debateId, user }: { debateId: string; user: SessionUser }) {
  const query = useApiQuery(['debate', debateId], (signal) => debatesApi.get(debateId, signal));
  const { data: detail, error, errorStatus, update, loadedAt } = query;
  // A change here: every view of this debate on the page reads it again.
  const reload = useCallback(() => invalidateQueries(['debate', debateId]), [debateId]);
  const [revokedIds, setRevokedIds] = useState<string[]>([]);

  useEffect(() => {
    if (detail) document.title = t('page.document', { theme: detail.debate.theme });
  }, [detail]);

  if (errorStatus === 404) return <NotFoundPage what="debate" />;
  if (!detail) {
    return (
      <div className="page">
        <ErrorNotice message={error} />
        {error ? null : <p className="muted">{t('page.loading')}</p>}
      </div>
    );
  }

  const { debate, delegations, canManage } = detail;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/debates">{t('page.breadcrumb')}</Link>
      </p>
      <header className="page__header">
        <h1>{debate.theme}</h1>
        <DebateFacts debate={debate} />
        <p
          className={`mode-banner mode-banner--${debate.trainingExercise ? 'training' : 'debate'}`}
        >
          {t(debate.trainingExercise ? 'page.trainingMode' : 'page.debateMode')}
        </p>
      </header>

      <DebateMentions debateId={debate.id} initialCount={detail.unreadMentions} />
      <ConceptNoteSection debate={debate} canManage={canManage} onImported={reload} />
      <ReferenceLibrary debateId={debate.id} canManage={canManage} userId={user.id} />
      <OutcomeSection
        debateId={debate.id}
        canManage={canManage}
        delegations={delegations}
        trainingExercise={debate.trainingExercise === true}
        hasOutcome={detail.hasOutcome}
      />
      {canManage ? <SubmissionsSection debate={debate} delegations={delegations} /> : null}

      <Section title={t('page.delegations')}>
        {delegations.length === 0 ? (
          <p className="hint-card">
            {canManage ? t('page.noDelegationManage') : t('page.noDelegation')}
          </p>
        ) : null}
        {delegations.map((delegation) => (
          <DelegationCard
            key={delegation.id}
            delegation={delegation}
            canManage={canManage}
            user={user}
            onChanged={reload}
          />
        ))}
        {canManage ? <AddDelegationForm debateId={debate.id} onAdded={reload} /> : null}
      </Section>

      {canManage ? (
        <Section title={t('page.invitations')}>
          <InviteForm
            debateId={debate.id}
            delegations={delegations}
            onInvited={reload}
            revokedIds={revokedIds}
          />
          <PendingInvitations
            debateId={debate.id}
            delegations={delegations}
            onRevoked={(id) => setRevokedIds((ids) => [...ids, id])}
          />
        </Section>
      ) : null}

      <TrashSection debateId={debate.id} onRestored={reload} />
      {canManage ? (
        <DebateSettings
          key={loadedAt?.getTime()}
          debate={debate}
          onSaved={(saved) => update((current) => current && { ...current, debate: saved })}
        />
      ) : null}
    </div>
  );
}
