import { CommentComposer } from './CommentComposer';
import { commentsApi } from './commentsApi';
import type { CommentsController } from './useComments';
import { t } from '../i18n/messages/commentsPanel';

/** The first comment of a new thread, about the text selected when Comment was chosen. */
export function DraftThread({ comments }: { comments: CommentsController }) {
  const { draft, statementId, mentionable, endDraft } = comments;
  if (!draft) return null;
  return (
    <section className="thread thread--draft" aria-label={t('newComment')}>
      <p className="thread__quote thread__quote--draft">
        <span className="thread__quote-text">“{draft.quote}”</span>
      </p>
      <CommentComposer
        label={t('draft.label')}
        members={mentionable}
        submitLabel={t('draft.submit')}
        placeholder={t('draft.placeholder')}
        autoFocus
        draftKey={`new:${statementId}`}
        onCancel={() => endDraft()}
        onSubmit={async (input) =>
          endDraft(await commentsApi.start(statementId, draft.anchor, input))
        }
      />
    </section>
  );
}
