// The outcome document's text in the statements' collaborative editor. The penholder edits it
// directly; every other delegation's drafters only suggest, their marks naming their delegation.
import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { useConnection, useStatementCollab } from '../collab/useStatementCollab';
import { ConnectionBadge } from '../editor/ConnectionBadge';
import { StatementEditor } from '../editor/StatementEditor';
import type { UserIdentity } from '../identity/identityOf';
import type { OutcomeOverview } from './outcomeApi';
import { t } from '../i18n/messages/outcome';

export function OutcomeText({
  view,
  identity,
  userId,
  onEditor,
}: {
  view: OutcomeOverview;
  identity: UserIdentity;
  userId: string;
  onEditor: (editor: Editor | null) => void;
}) {
  const session = useStatementCollab(view.outcome.statementId);
  const connection = useConnection(session);
  useEffect(() => session?.setUser(identity), [session, identity]);
  const drafting = view.outcome.status === 'drafting';
  const mayEdit = drafting && Boolean(view.abilities['outcome.editText']);
  const delegation = view.myDelegations.find((d) => d.role === 'drafter');
  const maySuggest = drafting && !mayEdit && Boolean(view.abilities['outcome.suggest']);
  const hint = mayEdit
    ? t('text.penholder')
    : maySuggest && delegation
      ? t('text.suggesting', { name: delegation.name })
      : t('text.readOnly');
  return (
    <div className="outcome-text">
      <p className="outcome-text__hint">
        {hint} <ConnectionBadge connection={connection} />
      </p>
      {session && connection.localLoaded ? (
        <StatementEditor
          session={session}
          identity={identity}
          readOnly={!mayEdit && !maySuggest}
          context={null}
          onEditor={onEditor}
          authorId={userId}
          delegationId={maySuggest ? (delegation?.id ?? null) : null}
          suggesting={mayEdit ? 'never' : 'always'}
        />
      ) : (
        <div className="paper paper--loading" aria-busy="true">
          <p className="muted">{t('text.opening')}</p>
        </div>
      )}
    </div>
  );
}
