// Suggesting mode in the editor: while on, every edit the person makes is rewritten into
// suggestions (suggestTransaction). Colleagues' changes arriving through Yjs pass untouched.
import { Extension } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { SUGGESTION_META, suggestTransaction } from './suggestTransaction';

export interface SuggestingStorage {
  enabled: boolean;
  authorId: string;
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
    return { enabled: false, authorId: this.options.authorId };
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
    const suggested = suggestTransaction(this.editor.state, transaction, {
      authorId: this.storage.authorId,
      now: () => new Date().toISOString(),
      newId,
    });
    // An edit that cannot be a suggestion (formatting, splitting text) is left undone.
    if (suggested) next(suggested);
  },
});
