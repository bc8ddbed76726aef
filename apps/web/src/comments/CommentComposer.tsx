// Writing a comment, a reply or an edit: plain text with @mentions. What was typed stays
// until the server has it: a failure shows the reason and keeps the text.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { formatShortcut } from '../editor/formatShortcut';
import type { CommentInput, Member } from './commentsApi';
import { mentionedIn } from './mentionQuery';
import { MentionList } from './MentionList';
import { useMentionPicker } from './useMentionPicker';
import { useSavedDraft } from './useSavedDraft';
import { t } from '../i18n/messages/commentsPanel';

export const COMMENT_MAX_LENGTH = 10_000;
const SEND_SHORTCUT = 'Mod-Enter';

interface CommentComposerProps {
  /** The textarea's accessible name: "Comment", "Reply", "Edit your comment". */
  label: string;
  members: Member[];
  submitLabel: string;
  onSubmit: (input: CommentInput) => Promise<void>;
  onCancel?: () => void;
  initialText?: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** Where the unsent text is kept meanwhile (see useSavedDraft). */
  draftKey?: string;
}

export function CommentComposer(props: CommentComposerProps) {
  const { label, members, submitLabel, onSubmit, onCancel, initialText = '' } = props;
  const [text, setText] = useSavedDraft(props.draftKey, initialText);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const hintId = useId();
  const picker = useMentionPicker(members, (next, caret) => {
    pendingCaret.current = caret;
    setText(next);
  });

  useEffect(() => {
    if (pendingCaret.current === null) return;
    area.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [text]);

  async function submit(event?: FormEvent): Promise<void> {
    event?.preventDefault();
    const body = text.trim();
    if (!body || busy) return;
    if (body.length > COMMENT_MAX_LENGTH) {
      setError(t('composer.tooLong', { max: COMMENT_MAX_LENGTH }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ body, mentions: mentionedIn(body, members) });
      setText('');
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  function cancel(): void {
    setText(initialText);
    onCancel?.();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (picker.handleKey(event, text)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel && text.trim() === initialText.trim()) {
      // Nothing typed would be lost: Escape cancels. Otherwise it only leaves the panel.
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  }

  const listOpen = picker.matches.length > 0;
  const over = text.length > COMMENT_MAX_LENGTH * 0.9;
  return (
    <form className="comment-composer" onSubmit={(event) => void submit(event)}>
      <textarea
        ref={area}
        className="comment-composer__input"
        aria-label={label}
        aria-describedby={hintId}
        aria-autocomplete="list"
        aria-controls={listOpen ? picker.listId : undefined}
        aria-activedescendant={listOpen ? picker.optionId(picker.activeIndex) : undefined}
        aria-invalid={error ? true : undefined}
        value={text}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        rows={2}
        onChange={(event) => {
          setText(event.target.value);
          picker.track(event.target.value, event.target.selectionStart);
        }}
        onSelect={(event) => picker.track(text, event.currentTarget.selectionStart)}
        onBlur={() => picker.track('', 0)}
        onKeyDown={handleKeyDown}
      />
      <MentionList picker={picker} onChoose={(member) => picker.choose(member, text)} />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="comment-composer__footer">
        <span id={hintId} className="comment-composer__hint">
          {over
            ? t('composer.length', {
                length: text.length,
                max: COMMENT_MAX_LENGTH,
              })
            : t('composer.hint', { shortcut: formatShortcut(SEND_SHORTCUT) })}
        </span>
        {onCancel ? (
          <button type="button" className="button button--quiet button--small" onClick={cancel}>
            {t('composer.cancel')}
          </button>
        ) : null}
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={busy || text.trim() === ''}
        >
          {busy ? t('composer.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}
