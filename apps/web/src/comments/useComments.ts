// Everything the statement page needs for comments: the threads (live), the people who
// can be mentioned, the highlights in the editor, the panel, the draft of a new thread and
// the keyboard. The page composes it; the panel and the bubble only read and call it.
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useEffectEvent, useMemo, useState, type RefObject } from 'react';
import { useSession } from '../auth/useSession';
import { updateHighlights } from './CommentHighlights';
import type { Member } from './commentsApi';
import { matchesFilter, orderThreads, type ListedThread, type ThreadFilter } from './orderThreads';
import type { Thread } from '@plenary/api';
import { anchorOfSelection, type SelectionAnchor } from './threadRanges';
import { useCommentShortcuts } from './useCommentShortcuts';
import { useCommentsPanel } from './useCommentsPanel';
import { useEditorHighlights } from './useEditorHighlights';
import { useMembers } from './useMembers';
import { markThreadRead } from './useNotifications';
import { useThreadRequest } from './useThreadRequest';
import { useThreadSteps } from './useThreadSteps';
import { useThreads } from './useThreads';
import { t } from '../i18n/messages/comments';

export interface CommentsController {
  statementId: string;
  userId: string;
  open: boolean;
  setOpen: (open: boolean) => void;
  toggleRef: RefObject<HTMLButtonElement | null>;
  filter: ThreadFilter;
  setFilter: (filter: ThreadFilter) => void;
  /** Every thread in document order; null while loading. */
  list: ListedThread[] | null;
  visible: ListedThread[];
  error: string | null;
  members: Member[];
  /** Who the person can @mention: everyone else in the statement's delegations. */
  mentionable: Member[];
  activeId: string | null;
  /** Selects a thread in the panel and in the text; `reveal` scrolls the text to it. */
  activate: (threadId: string | null, reveal?: boolean) => void;
  draft: SelectionAnchor | null;
  startDraft: () => void;
  endDraft: (created?: Thread) => void;
  /** A hint for the person, such as "select some text first". */
  notice: string | null;
  /** From the statement's abilities (the server's policy). */
  canComment: boolean;
  upsert: (thread: Thread) => void;
  step: (direction: 1 | -1) => void;
  /** Spoken to screen readers when moving between comments. */
  announcement: string;
}

interface OtherPanel {
  open: boolean;
  close: () => void;
}

export function useComments(
  statementId: string,
  editor: Editor | null,
  canComment: boolean,
  otherPanel: OtherPanel,
): CommentsController {
  const session = useSession();
  const userId = session.status === 'ready' ? (session.user?.id ?? '') : '';
  const { threads, error, upsert } = useThreads(statementId);
  const members = useMembers(statementId);
  const { snapshot, select } = useEditorHighlights(editor, threads);
  const panel = useCommentsPanel(otherPanel);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [draft, setDraft] = useState<SelectionAnchor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mentionable = useMemo(
    () => members.filter((member) => member.userId !== userId),
    [members, userId],
  );

  const list = useMemo(
    () => (threads ? orderThreads(threads, snapshot) : null),
    [threads, snapshot],
  );
  const visible = useMemo(
    () => (list ?? []).filter(({ thread }) => matchesFilter(thread, filter, userId)),
    [list, filter, userId],
  );

  const activate = useCallback(
    (threadId: string | null, reveal = false) => {
      select(threadId, reveal);
      if (!threadId) return;
      const thread = list?.find((item) => item.thread.id === threadId)?.thread;
      if (thread && !matchesFilter(thread, filter, userId)) setFilter('all');
      markThreadRead(threadId);
    },
    [select, list, filter, userId],
  );

  const { open, setOpen } = panel;
  // Clicking highlighted text opens the panel, unless the points and library are showing.
  const activeId = snapshot.activeId;
  const onActivated = useEffectEvent((threadId: string) => {
    markThreadRead(threadId);
    if (!otherPanel.open) setOpen(true);
  });
  useEffect(() => {
    if (activeId) onActivated(activeId);
  }, [activeId]);

  // The draft's range is highlighted while its first comment is written.
  const startDraft = useCallback(() => {
    if (!canComment || !editor || editor.isDestroyed) return;
    const selected = anchorOfSelection(editor.view);
    setOpen(true);
    if (!selected) {
      setNotice(t('draft.selectFirst'));
      return;
    }
    setNotice(null);
    setDraft(selected);
    updateHighlights(editor.view, { draft: selected.anchor, activeId: null });
  }, [canComment, editor, setOpen]);

  const endDraft = useCallback(
    (created?: Thread) => {
      setDraft(null);
      if (editor && !editor.isDestroyed) updateHighlights(editor.view, { draft: null });
      if (created) {
        upsert(created);
        activate(created.id);
      }
    },
    [editor, upsert, activate],
  );

  const showPanel = useCallback(() => setOpen(true), [setOpen]);
  const { step, announcement } = useThreadSteps({ visible, activeId, activate, showPanel });

  useCommentShortcuts({ onComment: startDraft, onStep: step });
  useThreadRequest(editor ? list : null, (threadId) => {
    setOpen(true);
    activate(threadId, true);
  });

  const setPanelOpen = useCallback(
    (next: boolean) => {
      setOpen(next);
      if (!next) select(null, false);
    },
    [select, setOpen],
  );

  return {
    statementId,
    userId,
    open,
    setOpen: setPanelOpen,
    toggleRef: panel.toggleRef,
    filter,
    setFilter,
    list,
    visible,
    error,
    members,
    mentionable,
    activeId,
    activate,
    draft,
    startDraft,
    endDraft,
    notice,
    canComment,
    upsert,
    step,
    announcement,
  };
}
