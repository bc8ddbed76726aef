// Paragraphs the speaker will not read out: written-only text, circulated with the full
// statement ("the full text will be circulated in writing") but left out of the delivered
// version and of the speaking time. A block attribute, so it merges like the point tags.
import { Extension } from '@tiptap/core';

export const WRITTEN_ATTRIBUTE = 'written';

/** Reads the attribute defensively: only a literal `true` marks a block written-only. */
export function isWrittenOnly(value: unknown): boolean {
  return value === true;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    writtenOnly: {
      /** Marks the blocks of the selection written-only, or spoken again if all were. */
      toggleWrittenOnly: () => ReturnType;
    };
  }
}

const TYPES = ['paragraph', 'heading'];

export const WrittenOnly = Extension.create({
  name: 'writtenOnly',
  addGlobalAttributes() {
    return [
      {
        types: TYPES,
        attributes: {
          [WRITTEN_ATTRIBUTE]: {
            default: false,
            keepOnSplit: true,
            parseHTML: (element: { getAttribute(name: string): string | null }) =>
              element.getAttribute('data-written') === 'true',
            renderHTML: (attributes: Record<string, unknown>) =>
              isWrittenOnly(attributes[WRITTEN_ATTRIBUTE]) ? { 'data-written': 'true' } : {},
          },
        },
      },
    ];
  },
  addCommands() {
    return {
      toggleWrittenOnly:
        () =>
        ({ state, tr, dispatch }) => {
          const { from, to } = state.selection;
          const blocks: { pos: number; written: boolean }[] = [];
          state.doc.nodesBetween(from, to, (node, pos) => {
            if (!TYPES.includes(node.type.name)) return true;
            blocks.push({ pos, written: isWrittenOnly(node.attrs[WRITTEN_ATTRIBUTE]) });
            return false;
          });
          if (blocks.length === 0) return false;
          const written = !blocks.every((block) => block.written);
          if (dispatch) {
            for (const block of blocks) tr.setNodeAttribute(block.pos, WRITTEN_ATTRIBUTE, written);
            dispatch(tr);
          }
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return { 'Mod-Alt-w': () => this.editor.commands.toggleWrittenOnly() };
  },
});
