// One line of the statement's history in plain words: "Nguyen Thi Lan cleared the
// statement". Unknown actions still read as words, so new server events never show raw.
import type { HistoryEvent } from '../workflow/workflowApi';

export interface EventDescription {
  /** Who acted: a person's name, or Plenary for changes it made by itself. */
  actor: string;
  /** What they did, to follow the actor's name. */
  did: string;
  /** A reviewer's words when sending the statement back. */
  comment: string | null;
  /** A version the event concerns, with what opening it shows. */
  link: { versionId: string; label: string; compare: boolean } | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const revisionOf = (event: HistoryEvent): string =>
  typeof event.data.revision === 'number' ? ` revision ${event.data.revision}` : '';

const PHRASES: Record<string, (event: HistoryEvent) => string> = {
  'statement.created': () => 'created the statement',
  'statement.send_for_review': () => 'sent the statement for review',
  'statement.clear': () => 'cleared the statement',
  'statement.send_back': () => 'sent the statement back to the drafters',
  'statement.submit': (event) => `submitted${revisionOf(event) || ' the statement'}`,
  'statement.reopen': (event) =>
    `reopened the statement as${revisionOf(event) || ' a new revision'}`,
  'statement.edited_after_clearance': () =>
    'returned the statement to draft: its text changed after clearance',
  'statement.exported': (event) => `exported the statement${format(event)}`,
  'version.restored': (event) => `restored the version “${text(event.data.name) ?? '…'}”`,
  'suggestions.accepted': (event) => `accepted ${suggestionCount(event)}`,
  'suggestions.rejected': (event) => `rejected ${suggestionCount(event)}`,
  'comment.deleted': () => 'deleted a comment',
  'thread.resolved': () => 'resolved a comment thread',
  'thread.reopened': () => 'reopened a comment thread',
};

function suggestionCount(event: HistoryEvent): string {
  const count = typeof event.data.count === 'number' ? event.data.count : 0;
  return count === 1 ? 'a suggestion' : `${count} suggestions`;
}

function format(event: HistoryEvent): string {
  const name = text(event.data.format);
  return name ? ` as ${name.toUpperCase()}` : '';
}

export function describeEvent(event: HistoryEvent): EventDescription {
  const phrase = PHRASES[event.action];
  return {
    actor: event.actorName ?? (event.actorId ? 'A former member' : 'Plenary'),
    did: phrase ? phrase(event) : event.action.replace(/[._]+/g, ' '),
    comment: event.action === 'statement.send_back' ? text(event.data.comment) : null,
    link: linkOf(event),
  };
}

function linkOf(event: HistoryEvent): EventDescription['link'] {
  const cleared = text(event.data.clearedVersionId);
  if (event.action === 'statement.edited_after_clearance' && cleared) {
    return { versionId: cleared, label: 'See changes since clearance', compare: true };
  }
  const restored = text(event.data.versionId);
  if (event.action === 'version.restored' && restored) {
    return { versionId: restored, label: 'Open that version', compare: false };
  }
  return null;
}
