// Suggested changes live in the document as marks, so they travel through Yjs like any other
// text and stay anchored when colleagues edit around them. A reviewer's inserted text carries
// `suggestionInsert`; text a reviewer proposes to remove carries `suggestionDelete`.
import { Mark } from '@tiptap/core';

import { SUGGESTION_DELETE, SUGGESTION_INSERT } from '../documentNames.js';

export { SUGGESTION_DELETE, SUGGESTION_INSERT };
export type SuggestionKind = 'insert' | 'delete';

/**
 * Attributes of both marks. Further attributes may be added (e.g. the delegation a suggestion
 * speaks for); readers ignore what they do not know, the server checks only `authorId`.
 */
export interface SuggestionAttributes {
  /** Groups the parts of one suggestion, e.g. the deletion and insertion of a replacement. */
  id: string;
  /** The user who suggested it. */
  authorId: string;
  /** ISO 8601. */
  createdAt: string;
  [extra: string]: unknown;
}

/** Reads suggestion attributes defensively: a Yjs client may store anything. */
export function suggestionAttributes(value: unknown): SuggestionAttributes | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, authorId, createdAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return undefined;
  if (typeof authorId !== 'string' || authorId.length === 0 || authorId.length > 64)
    return undefined;
  if (typeof createdAt !== 'string' || createdAt.length > 40) return undefined;
  return value as SuggestionAttributes;
}

type Element = { getAttribute(name: string): string | null };

function suggestionMark(name: string, tag: 'ins' | 'del', className: string) {
  return Mark.create({
    name,
    // Typing next to a suggestion in Editing mode is ordinary text, not part of it.
    inclusive: false,
    // Kept when a paragraph is split, like any mark; not merged with a neighbour's.
    addAttributes() {
      return {
        id: {
          default: '',
          parseHTML: (element: Element) => element.getAttribute('data-suggestion-id') ?? '',
          renderHTML: (attributes: Record<string, unknown>) => ({
            'data-suggestion-id': attributes.id,
          }),
        },
        authorId: {
          default: '',
          parseHTML: (element: Element) => element.getAttribute('data-author-id') ?? '',
          renderHTML: (attributes: Record<string, unknown>) => ({
            'data-author-id': attributes.authorId,
          }),
        },
        // In an outcome document: the delegation the amendment speaks for (checked by the server).
        delegationId: {
          default: null,
          parseHTML: (element: Element) => element.getAttribute('data-delegation-id'),
          renderHTML: (attributes: Record<string, unknown>) =>
            attributes.delegationId ? { 'data-delegation-id': attributes.delegationId } : {},
        },
        createdAt: {
          default: '',
          parseHTML: (element: Element) => element.getAttribute('datetime') ?? '',
          renderHTML: (attributes: Record<string, unknown>) => ({ datetime: attributes.createdAt }),
        },
      };
    },
    parseHTML() {
      return [{ tag: `${tag}[data-suggestion-id]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, { ...HTMLAttributes, class: className }, 0];
    },
  });
}

export const SuggestionInsert = suggestionMark(SUGGESTION_INSERT, 'ins', 'suggestion-insert');
export const SuggestionDelete = suggestionMark(SUGGESTION_DELETE, 'del', 'suggestion-delete');
