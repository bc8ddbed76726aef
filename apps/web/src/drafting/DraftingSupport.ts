// The editor side of drafting against the discussion points: placeholders and highlights
// (decorations) and the shortcut that opens the current paragraph's point menu. The page
// fills in `openTagMenu`; without it (read-only) the shortcut does nothing.
import { Extension } from '@tiptap/core';
import { draftingDecorationsPlugin } from './DraftingDecorations';

export const TAG_SHORTCUT = 'Mod-Alt-t';

export interface DraftingStorage {
  /** Opens the point menu of the paragraph at the caret; false when it cannot. */
  openTagMenu: (() => boolean) | null;
}

declare module '@tiptap/core' {
  interface Storage {
    draftingSupport: DraftingStorage;
  }
}

export const DraftingSupport = Extension.create<Record<string, never>, DraftingStorage>({
  name: 'draftingSupport',

  addStorage() {
    return { openTagMenu: null };
  },

  addProseMirrorPlugins() {
    return [draftingDecorationsPlugin()];
  },

  addKeyboardShortcuts() {
    return {
      [TAG_SHORTCUT]: () => this.storage.openTagMenu?.() ?? false,
    };
  },
});
