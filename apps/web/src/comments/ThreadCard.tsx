// One thread in the panel: the text it is about, its comments, and replying, resolving
// and reopening. Clicking it (or its quotation) shows the text in the editor.
import { useState, type MouseEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { RelativeTime } from '../ui/RelativeTime';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import { commentsApi } from './commentsApi';
import type { ListedThread } from './orderThreads';
import type { ThreadComment } from '@plenary/api';
import type { CommentsController } from './useComments';
import { hasSavedDraft } from './useSavedDraft';
import { t } from '../i18n/messages/commentsPanel';

interface ThreadCardProps {
  listed: ListedThread;
  comments: CommentsController;
  onDelete: (comment: ThreadComment) => void;
}

export function ThreadCard({ listed, comments, onDelete }: ThreadCardProps) {
  const { thread, orphaned } = listed;
  const { userId, members, canComment, upsert } = comments;
  const active = comments.activeId === thread.id;
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const resolved = thread.status === 'resolved';
  const replyKey = `reply:${thread.id}`;
  const resolver = members.find((member) => member.userId === thread.resolvedBy);

  function handleClick(event: MouseEvent<HTMLElement>): void {
    if (active || (event.target as Element).closest('button, a, textarea, input, form')) return;
    comments.activate(thread.id, true);
  }

  async function setStatus(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      upsert(await commentsApi.setStatus(thread.id, resolved ? 'open' : 'resolved'));
      // A resolved thread leaves the open list; its text need not stay marked.
      if (!resolved && active) comments.activate(null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const quote = <span className="thread__quote-text">“{thread.quote}”</span>;
  return (
    <article
      id={`thread-${thread.id}`}
      className="thread"
      data-active={active || undefined}
      data-status={thread.status}
      data-orphaned={orphaned || undefined}
      aria-label={t('thread.label', { quote: thread.quote.slice(0, 60) })}
      onClick={handleClick}
    >
      <div className="thread__head">
        {orphaned ? (
          <p className="thread__quote thread__quote--orphaned">
            <span className="thread__orphan-note">{t('thread.textDeleted')}</span> {quote}
          </p>
        ) : (
          <button
            type="button"
            className="thread__quote"
            title={t('thread.showText')}
            onClick={() => comments.activate(thread.id, true)}
          >
            {quote}
          </button>
        )}
        {canComment ? (
          <button
            type="button"
            className="button button--small thread__status-button"
            disabled={busy}
            onClick={() => void setStatus()}
          >
            {resolved ? t('thread.reopen') : t('thread.resolve')}
          </button>
        ) : null}
      </div>
      <ol className="thread__comments">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            members={members}
            mentionable={comments.mentionable}
            userId={userId}
            canEdit={canComment && comment.authorId === userId}
            canDelete={canComment && comment.authorId === userId}
            onEdited={upsert}
            onDelete={onDelete}
          />
        ))}
      </ol>
      {resolved ? (
        <p className="thread__resolved">
          {resolver ? t('thread.resolvedBy', { name: resolver.displayName }) : t('thread.resolved')}
          {thread.resolvedAt ? (
            <>
              {' '}
              <RelativeTime iso={thread.resolvedAt} />
            </>
          ) : null}
        </p>
      ) : null}
      {canComment && active && !resolved ? (
        <CommentComposer
          label={t('thread.replyLabel', { quote: thread.quote.slice(0, 40) })}
          members={comments.mentionable}
          submitLabel={t('thread.reply')}
          placeholder={t('thread.replyPlaceholder')}
          autoFocus={replying}
          draftKey={replyKey}
          onSubmit={async (input) => upsert(await commentsApi.reply(thread.id, input))}
        />
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {canComment && !active && !resolved ? (
        <button
          type="button"
          className="text-button thread__reply"
          onClick={() => {
            setReplying(true);
            comments.activate(thread.id, true);
          }}
        >
          {hasSavedDraft(replyKey) ? t('thread.continueReply') : t('thread.reply')}
        </button>
      ) : null}
    </article>
  );
}
