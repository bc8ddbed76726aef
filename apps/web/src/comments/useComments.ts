// Everything the statement page needs for comments: the threads (live), the people who
// can be mentioned, the highlights in the editor, the panel, the draft of a new thread and
// the keyboard. The page composes it; the panel and the bubble only read and call it.
import type { Editor } from '@tiptap/core';
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useSession } from '../auth/useSession';
import type { DelegationRole } from '../debates/debatesApi';
import { updateHighlights, type HighlightThread } from './CommentHighlights';
import type { Member } from './commentsApi';
import { matchesFilter, orderThreads, type ListedThread, type ThreadFilter } from './orderThreads';
import type { Thread } from './parseThread';
import { revealThread } from './revealThread';
import { anchorOfSelection, type SelectionAnchor } from './threadRanges';
import { useCommentShortcuts } from './useCommentShortcuts';
import { useCommentsPanel } from './useCommentsPanel';
import { useHighlightSnapshot } from './useHighlightSnapshot';
import { useMembers } from './useMembers';
import { markThreadRead } from './useNotifications';
import { useThreadRequest } from './useThreadRequest';
import { useThreads } from './useThreads';

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
  activeId: string | null;
  /** Selects a thread in the panel and in the text; `reveal` scrolls the text to it. */
  activate: (threadId: string | null, reveal?: boolean) => void;
  draft: SelectionAnchor | null;
  startDraft: () => void;
  endDraft: (created?: Thread) => void;
  /** A hint for the person, such as "select some text first". */
  notice: string | null;
  canComment: boolean;
  /** Drafters may delete anyone's comment; everybody else only their own. */
  isDrafter: boolean;
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
  role: DelegationRole | null,
  otherPanel: OtherPanel,
): CommentsController {
  const session = useSession();
  const userId = session.status === 'ready' ? (session.user?.id ?? '') : '';
  const { threads, error, upsert } = useThreads(statementId);
  const members = useMembers(statementId);
  const snapshot = useHighlightSnapshot(editor);
  const panel = useCommentsPanel(otherPanel);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [draft, setDraft] = useState<SelectionAnchor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pendingReveal = useRef<string | null>(null);
  const canComment = role === 'drafter' || role === 'reviewer';

  const highlightThreads = useMemo<HighlightThread[]>(
    () =>
      (threads ?? []).map((t) => ({
        id: t.id,
        anchor: t.anchor,
        resolved: t.status === 'resolved',
      })),
    [threads],
  );
  useEffect(() => {
    if (editor && !editor.isDestroyed) updateHighlights(editor.view, { threads: highlightThreads });
  }, [editor, highlightThreads]);

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
      if (!editor || editor.isDestroyed) return;
      updateHighlights(editor.view, { activeId: threadId });
      if (!threadId) return;
      const thread = list?.find((item) => item.thread.id === threadId)?.thread;
      if (thread && !matchesFilter(thread, filter, userId)) setFilter('all');
      markThreadRead(threadId);
      pendingReveal.current = reveal && !revealThread(editor, threadId) ? threadId : null;
    },
    [editor, list, filter, userId],
  );

  // A thread asked for before its text was placed is shown as soon as it is.
  useEffect(() => {
    const waiting = pendingReveal.current;
    if (editor && waiting && snapshot.order.includes(waiting) && revealThread(editor, waiting))
      pendingReveal.current = null;
  }, [editor, snapshot.order]);

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

  const startDraft = useCallback(() => {
    if (!canComment || !editor || editor.isDestroyed) return;
    const selected = anchorOfSelection(editor.state);
    setOpen(true);
    if (!selected) {
      setNotice('Select the words you want to comment on, then choose Comment.');
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

  const step = useCallback(
    (direction: 1 | -1) => {
      setOpen(true);
      if (visible.length === 0) {
        setAnnouncement('There are no comments to go to.');
        return;
      }
      const current = visible.findIndex(({ thread }) => thread.id === activeId);
      const start = current === -1 ? (direction === 1 ? -1 : 0) : current;
      const index = (start + direction + visible.length) % visible.length;
      const next = visible[index];
      if (!next) return;
      activate(next.thread.id, true);
      const first = next.thread.comments[0];
      const who = first ? `${first.authorName}: ${first.body.slice(0, 120)}` : '';
      setAnnouncement(`Comment ${index + 1} of ${visible.length}. ${who}`);
    },
    [visible, activeId, activate, setOpen],
  );

  useCommentShortcuts({ onComment: startDraft, onStep: step });
  useThreadRequest(editor ? list : null, (threadId) => {
    setOpen(true);
    activate(threadId, true);
  });

  const setPanelOpen = useCallback(
    (next: boolean) => {
      setOpen(next);
      if (!next && editor && !editor.isDestroyed) updateHighlights(editor.view, { activeId: null });
    },
    [editor, setOpen],
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
    activeId,
    activate,
    draft,
    startDraft,
    endDraft,
    notice,
    canComment,
    isDrafter: role === 'drafter',
    upsert,
    step,
    announcement,
  };
}
