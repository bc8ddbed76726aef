import { ariaShortcut, formatShortcut } from '../editor/formatShortcut';
import { LineIcon } from '../ui/LineIcon';
import { COMMENTS_PANEL_ID } from '../editor/panelIds';
import type { CommentsController } from './useComments';
import { NEXT_COMMENT_SHORTCUT } from './useCommentShortcuts';
import { t } from '../i18n/messages/comments';

/** Opens and closes the comments panel; shows how many threads are open. */
export function CommentsToggle({ comments }: { comments: CommentsController }) {
  const { open, setOpen, toggleRef, list } = comments;
  const openCount = list?.filter(({ thread }) => thread.status === 'open').length ?? 0;
  return (
    <button
      ref={toggleRef}
      type="button"
      className="button button--small panel-toggle comments-toggle"
      aria-expanded={open}
      aria-controls={open ? COMMENTS_PANEL_ID : undefined}
      aria-keyshortcuts={ariaShortcut(NEXT_COMMENT_SHORTCUT)}
      title={t(open ? 'panel.hide' : 'panel.show', {
        shortcut: formatShortcut(NEXT_COMMENT_SHORTCUT),
      })}
      onClick={() => setOpen(!open)}
    >
      <LineIcon name="comment" />
      <span className="panel-toggle__label">{t('panel.title')}</span>
      {openCount > 0 ? (
        <span
          className="comments-toggle__count"
          aria-label={t('panel.openCount', { count: openCount })}
        >
          {openCount}
        </span>
      ) : null}
    </button>
  );
}
