// Next and previous comment: through the listed threads in the order of the text, from
// the active one, with the comment read out to screen readers.
import { useCallback, useState } from 'react';
import type { ListedThread } from './orderThreads';
import { t } from '../i18n/messages/comments';

interface ThreadStepsOptions {
  visible: ListedThread[];
  activeId: string | null;
  activate: (threadId: string, reveal: boolean) => void;
  showPanel: () => void;
}

export function useThreadSteps({ visible, activeId, activate, showPanel }: ThreadStepsOptions) {
  const [announcement, setAnnouncement] = useState('');

  const step = useCallback(
    (direction: 1 | -1) => {
      showPanel();
      if (visible.length === 0) {
        setAnnouncement(t('thread.none'));
        return;
      }
      const current = visible.findIndex(({ thread }) => thread.id === activeId);
      const from = current === -1 ? (direction === 1 ? -1 : 0) : current;
      const index = (from + direction + visible.length) % visible.length;
      const next = visible[index];
      if (!next) return;
      activate(next.thread.id, true);
      const first = next.thread.comments[0];
      const said =
        first && !first.deletedAt ? `${first.authorName}: ${first.body.slice(0, 160)}` : '';
      setAnnouncement(t('thread.position', { index: index + 1, total: visible.length, said }));
    },
    [visible, activeId, activate, showPanel],
  );

  return { step, announcement };
}
