// One line of the statement's history in plain words: "Nguyen Thi Lan cleared the
// statement". Unknown actions still read as words, so new server events never show raw.
import type { HistoryEvent } from '../workflow/workflowApi';
import { t } from '../i18n/messages/versions';

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
const revisionOf = (event: HistoryEvent): number | null =>
  typeof event.data.revision === 'number' ? event.data.revision : null;

const PHRASES: Record<string, (event: HistoryEvent) => string> = {
  'statement.created': () => t('events.created'),
  'statement.send_for_review': () => t('events.sentForReview'),
  'statement.clear': () => t('events.cleared'),
  'statement.send_back': () => t('events.sentBack'),
  'statement.submit': (event) => {
    const revision = revisionOf(event);
    return revision === null ? t('events.submitted') : t('events.submittedRevision', { revision });
  },
  'statement.reopen': (event) => {
    const revision = revisionOf(event);
    return revision === null ? t('events.reopened') : t('events.reopenedRevision', { revision });
  },
  'statement.edited_after_clearance': () => t('events.editedAfterClearance'),
  'statement.exported': (event) => {
    const name = text(event.data.format);
    return name ? t('events.exportedAs', { format: name.toUpperCase() }) : t('events.exported');
  },
  'version.restored': (event) => t('events.restored', { name: text(event.data.name) ?? '…' }),
  'suggestions.accepted': (event) => t('events.suggestionsAccepted', { count: countOf(event) }),
  'suggestions.rejected': (event) => t('events.suggestionsRejected', { count: countOf(event) }),
  'comment.deleted': () => t('events.commentDeleted'),
  'thread.resolved': () => t('events.threadResolved'),
  'thread.reopened': () => t('events.threadReopened'),
};

const countOf = (event: HistoryEvent): number =>
  typeof event.data.count === 'number' ? event.data.count : 0;

export function describeEvent(event: HistoryEvent): EventDescription {
  const phrase = PHRASES[event.action];
  return {
    actor: event.actorName ?? (event.actorId ? t('kinds.formerMember') : t('events.plenary')),
    did: phrase ? phrase(event) : event.action.replace(/[._]+/g, ' '),
    comment: event.action === 'statement.send_back' ? text(event.data.comment) : null,
    link: linkOf(event),
  };
}

function linkOf(event: HistoryEvent): EventDescription['link'] {
  const cleared = text(event.data.clearedVersionId);
  if (event.action === 'statement.edited_after_clearance' && cleared) {
    return { versionId: cleared, label: t('events.sinceClearance'), compare: true };
  }
  const restored = text(event.data.versionId);
  if (event.action === 'version.restored' && restored) {
    return { versionId: restored, label: t('events.openVersion'), compare: false };
  }
  return null;
}
