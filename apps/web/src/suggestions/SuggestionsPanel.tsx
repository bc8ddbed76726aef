// Beside the statement: one card per suggestion, in the order of the text, with who made it,
// when, the change in short, Accept / Reject (drafters) and Reply (a comment thread on it).
// Settling several at once asks first; the text before is kept as a version.
import { formatLocale } from '../i18n/catalogue';
import type { Suggestion } from '@plenary/statement-model';
import type { Editor } from '@tiptap/core';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import type { Member } from '../comments/commentsApi';
import { SUGGESTIONS_PANEL_ID } from '../editor/panelIds';
import { describeSuggestion } from './describeSuggestion';
import { suggestionsApi, type SuggestionDecision } from './suggestionsApi';
import { t } from '../i18n/messages/suggestionsPanel';

interface SuggestionsPanelProps {
  statementId: string;
  suggestions: Suggestion[];
  editor: Editor | null;
  members: Member[];
  /** Drafters accept and reject; reviewers see, reply and withdraw their own by deleting. */
  canDecide: boolean;
  canReply: boolean;
  onReply: () => void;
  onClose: () => void;
  onReturnToText: () => void;
}

interface Pending {
  body: SuggestionDecision;
  question: string;
}

const timeFormat = new Intl.DateTimeFormat(formatLocale(), {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function SuggestionsPanel(props: SuggestionsPanelProps) {
  const { statementId, suggestions, editor, members, canDecide, canReply } = props;
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [authorFilter, setAuthorFilter] = useState('');
  const nameOf = useMemo(() => {
    const names = new Map(members.map((member) => [member.userId, member.displayName]));
    return (userId: string) => names.get(userId) ?? t('formerMember');
  }, [members]);
  const authors = [...new Set(suggestions.map((s) => s.authorId))];

  async function decide(body: SuggestionDecision): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const count = await suggestionsApi.decide(statementId, body);
      setStatus(t(body.decision === 'accept' ? 'accepted' : 'rejected', { count }));
      setPending(null);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  function askAll(decision: 'accept' | 'reject'): void {
    const authorId = authorFilter || undefined;
    const count = suggestions.filter((s) => !authorId || s.authorId === authorId).length;
    const whose = authorId ? t('by', { name: nameOf(authorId) }) : '';
    setPending({
      body: { decision, ...(authorId ? { authorId } : {}) },
      question: t(decision === 'accept' ? 'askAccept' : 'askReject', { count, whose }),
    });
  }

  function show(suggestion: Suggestion): void {
    const first = suggestion.ranges[0];
    const last = suggestion.ranges.at(-1);
    if (!editor || !first || !last) return;
    editor
      .chain()
      .focus()
      .setTextSelection({ from: first.from, to: last.to })
      .scrollIntoView()
      .run();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    if (pending) setPending(null);
    else props.onReturnToText();
  }

  return (
    <aside
      id={SUGGESTIONS_PANEL_ID}
      className="side-panel suggestions-panel"
      aria-label={t('title')}
      onKeyDown={handleKeyDown}
    >
      <div className="side-panel__header">
        <h2 className="side-panel__title">{t('title')}</h2>
        <button type="button" className="button button--small" onClick={props.onClose}>
          {t('close')}
        </button>
      </div>
      <div className="suggestions-panel__body">
        <p className="visually-hidden" role="status">
          {status}
        </p>
        {error ? (
          <p className="notice notice--warning" role="alert">
            {error}
          </p>
        ) : null}
        {canDecide && suggestions.length > 0 ? (
          <div className="suggestions-panel__bulk">
            <label>
              <span>{t('from')}</span>{' '}
              <select
                value={authorFilter}
                onChange={(event) => setAuthorFilter(event.target.value)}
              >
                <option value="">{t('everyone')}</option>
                {authors.map((authorId) => (
                  <option key={authorId} value={authorId}>
                    {nameOf(authorId)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => askAll('accept')}
            >
              {t('acceptAll')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => askAll('reject')}
            >
              {t('rejectAll')}
            </button>
          </div>
        ) : null}
        {pending ? (
          <div className="suggestions-panel__confirm" role="alertdialog" aria-label={t('confirm')}>
            <p>{pending.question}</p>
            <button
              type="button"
              className="button button--small button--primary"
              disabled={busy}
              autoFocus
              onClick={() => void decide(pending.body)}
            >
              {pending.body.decision === 'accept' ? t('yes_accept') : t('yes_reject')}
            </button>
            <button type="button" className="button button--small" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        ) : null}
        {suggestions.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ol className="suggestion-list">
            {suggestions.map((suggestion) => (
              <li
                key={suggestion.id}
                className="suggestion-card"
                data-suggestion-id={suggestion.id}
              >
                <p className="suggestion-card__meta">
                  <strong>{nameOf(suggestion.authorId)}</strong>{' '}
                  <time dateTime={suggestion.createdAt}>{formatTime(suggestion.createdAt)}</time>
                </p>
                <button
                  type="button"
                  className="suggestion-card__change"
                  onClick={() => show(suggestion)}
                >
                  {describeSuggestion(suggestion)}
                </button>
                <div className="suggestion-card__actions">
                  {canDecide ? (
                    <>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy}
                        onClick={() => void decide({ decision: 'accept', ids: [suggestion.id] })}
                      >
                        {t('accept')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy}
                        onClick={() => void decide({ decision: 'reject', ids: [suggestion.id] })}
                      >
                        {t('reject')}
                      </button>
                    </>
                  ) : null}
                  {canReply ? (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        show(suggestion);
                        props.onReply();
                      }}
                    >
                      {t('reply')}
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </aside>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : timeFormat.format(date);
}
