// Suggesting mode in the editor: while on, every edit the person makes is rewritten into
// suggestions (suggestTransaction). Colleagues' changes arriving through Yjs pass untouched.
import { Extension } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { SUGGESTION_META } from './suggestionMeta';
import type { SuggestionAuthor } from './suggestTransaction';

/** `suggestTransaction`, loaded when Suggesting mode is first turned on (not in the first load). */
export type SuggestRewrite = (
  state: EditorState,
  tr: Transaction,
  author: SuggestionAuthor,
) => Transaction | null;

export interface SuggestingStorage {
  enabled: boolean;
  authorId: string;
  /** Outcome documents: the delegation the person's amendments speak for. */
  delegationId: string | null;
  rewrite: SuggestRewrite | null;
}

declare module '@tiptap/core' {
  interface Storage {
    suggestingMode: SuggestingStorage;
  }
}

function newId(): string {
  return `sug-${crypto.randomUUID()}`;
}

export const SuggestingMode = Extension.create<{ authorId: string }, SuggestingStorage>({
  name: 'suggestingMode',
  addOptions() {
    return { authorId: '' };
  },
  addStorage() {
    return { enabled: false, authorId: this.options.authorId, delegationId: null, rewrite: null };
  },
  dispatchTransaction({ transaction, next }) {
    const remote = transaction.getMeta(ySyncPluginKey) !== undefined;
    if (
      !this.storage.enabled ||
      !transaction.docChanged ||
      remote ||
      transaction.getMeta(SUGGESTION_META)
    ) {
      next(transaction);
      return;
    }
    // Until the rewrite has loaded, an edit is held back rather than sent as a plain change.
    const rewrite = this.storage.rewrite;
    if (!rewrite) return;
    const suggested = rewrite(this.editor.state, transaction, {
      authorId: this.storage.authorId,
      delegationId: this.storage.delegationId,
      now: () => new Date().toISOString(),
      newId,
    });
    // An edit that cannot be a suggestion (formatting, splitting text) is left undone.
    if (suggested) next(suggested);
  },
});
