// The editor screen: composes the statement's metadata (REST + app events), its
// shared document (Yjs), the person's rights, the people working on it, and the side
// panel with the debate's points and library.
import { STATEMENT_FRAGMENT } from '@plenary/statement-model';
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { refreshSession } from '../auth/useSession';
import {
  ROLE_CHANGED_CLOSE,
  SESSION_ENDED_CLOSE,
  STATEMENT_DELETED_CLOSE,
} from '../collab/describeClose';
import { useConnection, useStatementCollab } from '../collab/useStatementCollab';
import { CommentBubble } from '../comments/CommentBubble';
import { CommentsToggle } from '../comments/CommentsToggle';
import { useComments } from '../comments/useComments';
import type { UserIdentity } from '../identity/identityOf';
import { PresenceList } from '../presence/PresenceList';
import { allowAppSocket } from '../realtime/appSocket';
import { useStatementEvents } from '../realtime/useStatementEvents';
import { DraftingMargin } from '../drafting/DraftingMargin';
import { SpeakingTimeMeter } from '../drafting/SpeakingTimeMeter';
import { useDrafting } from '../drafting/useDrafting';
import { Link } from '../routing/Link';
import { useStatement } from '../statements/useStatement';
import { useStatementContext } from '../statements/useStatementContext';
import { NotFoundPage } from '../ui/NotFoundPage';
import { useHistoryPanel } from '../versions/useHistoryPanel';
import { useOnePanelAtATime } from '../versions/useOnePanelAtATime';
import { useVersionRecords } from '../versions/useVersionRecords';
import { WorkflowBar } from '../workflow/WorkflowBar';
import { ConnectionBadge } from './ConnectionBadge';
import {
  CommentsPanel,
  CoverageMap,
  HistoryPanel,
  StatementSidePanel,
  SuggestionsPanel,
  VersionViewer,
} from './lazyPanels';
import { SidePanelToggle } from './SidePanelToggle';
import { StatementEditor } from './StatementEditor';
import { StatementNotices } from './StatementNotices';
import { StatementTitle } from './StatementTitle';
import { SuggestionsToggle } from '../suggestions/SuggestionsToggle';
import { useSuggestions } from '../suggestions/useSuggestions';
import { useSidePanel } from './useSidePanel';
import { t } from '../i18n/messages/editor';

interface StatementPageProps {
  statementId: string;
  identity: UserIdentity;
  userId: string;
}

export function StatementPage({ statementId, identity, userId }: StatementPageProps) {
  const [roleGeneration, setRoleGeneration] = useState(0);
  const { statement, notFound, loadError, setStatement, updated } = useStatement(
    statementId,
    roleGeneration,
  );
  const session = useStatementCollab(statementId);
  const connection = useConnection(session);
  const [deletedHere, setDeletedHere] = useState(false);
  const context = useStatementContext(statement, roleGeneration);
  const [editor, setEditor] = useState<Editor | null>(null);
  const returnToText = useCallback(() => editor?.commands.focus(), [editor]);
  const panel = useSidePanel(returnToText);
  const toggle = useRef<HTMLButtonElement>(null);
  const history = useHistoryPanel(returnToText);
  const records = useVersionRecords(statement, history);
  useOnePanelAtATime(panel, history);
  const comments = useComments(statementId, editor, statement?.abilities?.comment === true, {
    open: panel.open || history.open,
    close: () => {
      panel.setOpen(false);
      history.setOpen(false);
    },
  });
  const drafting = useDrafting({
    editor,
    awareness: session?.awareness ?? null,
    debateId: statement?.debateId || null,
    context,
    leadDelegationId: statement?.delegationIds[0] ?? null,
    language: statement?.language,
  });
  const suggestions = useSuggestions(editor);
  const [suggestionsWanted, setSuggestionsWanted] = useState(false);
  const suggestionsOpen = suggestionsWanted && !comments.open && !history.open && !panel.open;
  const toggleSuggestions = () => {
    if (!suggestionsOpen) {
      comments.setOpen(false);
      history.setOpen(false);
      panel.setOpen(false);
    }
    setSuggestionsWanted(!suggestionsOpen);
  };
  useStatementEvents(statementId, {
    onUpdated: updated,
    onDeleted: () => setDeletedHere(true),
  });

  useEffect(() => {
    session?.setUser(identity);
  }, [session, identity]);

  // The text first; then the app events (see realtime/appSocket.ts).
  useEffect(() => {
    if (connection.kind !== 'connecting') allowAppSocket();
  }, [connection.kind]);

  useEffect(() => {
    document.title = t('title.document', { title: statement?.title ?? t('title.statement') });
  }, [statement?.title]);

  useEffect(() => {
    // Signed out elsewhere or expired: the account screens take over; the text stays on
    // this device and the page reopens here after signing in.
    if (connection.close?.code === SESSION_ENDED_CLOSE) void refreshSession();
    if (connection.lastCloseCode === ROLE_CHANGED_CLOSE) setRoleGeneration((value) => value + 1);
  }, [connection.close, connection.lastCloseCode]);

  const deleted = deletedHere || connection.close?.code === STATEMENT_DELETED_CLOSE;
  const gone = deleted || notFound;
  const hasLocalText =
    session !== null && session.doc.getXmlFragment(STATEMENT_FRAGMENT).length > 0;
  if (notFound && connection.localLoaded && !hasLocalText) {
    return <NotFoundPage what="statement" />;
  }
  // What the person may do comes with the statement from the server; until it has come (or
  // offline), the editor stays open and the collab endpoint refuses what is not allowed.
  const abilities = statement?.abilities;
  const mayEdit = abilities?.edit !== false;
  // Reviewers change the text only as suggestions (Suggesting mode).
  const maySuggest = mayEdit || abilities?.suggest === true;
  const readOnly = gone || !maySuggest || (connection.close?.readOnly ?? false);
  // Tags, quotations and the coverage map change the text directly: editors only.
  const draftingReadOnly = readOnly || !mayEdit;

  return (
    <div className="page page--statement">
      <div className="doc-bar">
        <Link to="/" className="doc-bar__back">
          <span aria-hidden="true">←</span> Statements
        </Link>
        <StatementTitle
          statement={statement}
          readOnly={gone || abilities?.rename === false}
          onRenamed={setStatement}
        />
        <div className="doc-bar__status">
          {statement && !gone ? <SpeakingTimeMeter drafting={drafting} /> : null}
          <SidePanelToggle
            open={panel.open}
            buttonRef={toggle}
            onToggle={() => panel.setOpen(!panel.open)}
          />
          <SuggestionsToggle
            suggestions={suggestions}
            open={suggestionsOpen}
            onToggle={toggleSuggestions}
          />
          <CommentsToggle comments={comments} />
          <CommentBubble editor={editor} comments={comments} />
          <PresenceList awareness={session?.awareness ?? null} />
          <ConnectionBadge connection={connection} />
        </div>
      </div>

      <div
        className="statement-layout"
        data-panel={panel.open || history.open ? 'open' : 'closed'}
        data-view={history.view ? 'version' : 'text'}
      >
        <div className="statement-layout__main">
          {statement && !gone ? (
            <WorkflowBar
              statement={statement}
              context={context}
              records={records}
              history={history}
              doc={session?.doc ?? null}
              synced={connection.kind === 'connected'}
              onStatement={setStatement}
              openSuggestions={suggestions.length}
            />
          ) : null}
          <StatementNotices
            session={session}
            deleted={deleted}
            notFound={notFound}
            close={deleted ? null : connection.close}
            loadError={loadError}
            role={gone ? null : (context?.role ?? null)}
          />
          {session && connection.localLoaded ? (
            <StatementEditor
              session={session}
              identity={identity}
              readOnly={readOnly}
              context={context ? [context.delegationNames.join(', '), context.debate.theme] : null}
              onEditor={setEditor}
              language={statement?.language ?? null}
              authorId={userId}
              suggesting={mayEdit ? 'choice' : 'always'}
              margin={<DraftingMargin drafting={drafting} readOnly={draftingReadOnly} />}
            />
          ) : (
            <div className="paper paper--loading" aria-busy="true">
              <p className="muted">Opening the statement…</p>
            </div>
          )}
          {statement && history.view ? (
            <VersionViewer
              view={history.view}
              statement={statement}
              records={records}
              history={history}
              onReturnToText={returnToText}
            />
          ) : null}
        </div>
        {suggestionsOpen ? (
          <SuggestionsPanel
            statementId={statementId}
            suggestions={suggestions}
            editor={editor}
            members={comments.members}
            canDecide={mayEdit && !readOnly}
            canReply={comments.canComment}
            onReply={() => {
              setSuggestionsWanted(false);
              comments.startDraft();
            }}
            onReturnToText={returnToText}
            onClose={() => setSuggestionsWanted(false)}
          />
        ) : null}
        {comments.open ? (
          <CommentsPanel
            comments={comments}
            onReturnToText={returnToText}
            onClose={() => {
              comments.setOpen(false);
              comments.toggleRef.current?.focus();
            }}
          />
        ) : null}
        {statement && history.open ? (
          <HistoryPanel
            statement={statement}
            records={records}
            history={history}
            onReturnToText={returnToText}
            onClose={() => history.setOpen(false)}
          />
        ) : panel.open ? (
          <StatementSidePanel
            debateId={statement?.debateId || null}
            insertInto={draftingReadOnly ? undefined : editor}
            focusSearch={panel.byKeyboard}
            coverage={<CoverageMap drafting={drafting} readOnly={draftingReadOnly} />}
            onReturnToText={returnToText}
            onClose={() => {
              panel.setOpen(false);
              toggle.current?.focus();
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
