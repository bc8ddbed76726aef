// The toolbar's commands, in display order. Shortcuts are the ones the editor
// extensions already bind; the toolbar only shows them.
import { isWrittenOnly, WRITTEN_ATTRIBUTE } from '@plenary/statement-model';
import type { Editor } from '@tiptap/core';
import type { ReactNode } from 'react';
import { t as common } from '../i18n/i18n';
import { ToolbarIcon } from './ToolbarIcon';
import { t } from '../i18n/messages/editor';

export interface ToolbarAction {
  id: string;
  label: string;
  shortcut: string;
  icon: ReactNode;
  run: (editor: Editor) => void;
  isActive?: (editor: Editor) => boolean;
  canRun?: (editor: Editor) => boolean;
}

const heading = (level: 1 | 2 | 3): ToolbarAction => ({
  id: `heading${level}`,
  label: t('toolbar.heading', { level }),
  shortcut: `Mod-Alt-${level}`,
  icon: <span className="toolbar__glyph toolbar__glyph--heading">H{level}</span>,
  run: (editor) => editor.chain().focus().toggleHeading({ level }).run(),
  isActive: (editor) => editor.isActive('heading', { level }),
});

/** Whether the block holding the caret is marked written-only. */
function caretInWrittenOnly(editor: Editor): boolean {
  const { $from } = editor.state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.isTextblock) return isWrittenOnly(node.attrs[WRITTEN_ATTRIBUTE]);
  }
  return false;
}

const writtenOnly: ToolbarAction = {
  id: 'writtenOnly',
  // Read when shown, so the label follows the interface language.
  get label() {
    return common('delivery.toggle');
  },
  shortcut: 'Mod-Alt-w',
  icon: <ToolbarIcon name="writtenOnly" />,
  run: (editor) => editor.chain().focus().toggleWrittenOnly().run(),
  isActive: caretInWrittenOnly,
};

export const TOOLBAR_GROUPS: ToolbarAction[][] = [
  [
    {
      id: 'bold',
      label: t('toolbar.bold'),
      shortcut: 'Mod-b',
      icon: <span className="toolbar__glyph toolbar__glyph--bold">B</span>,
      run: (editor) => editor.chain().focus().toggleBold().run(),
      isActive: (editor) => editor.isActive('bold'),
    },
    {
      id: 'italic',
      label: t('toolbar.italic'),
      shortcut: 'Mod-i',
      icon: <span className="toolbar__glyph toolbar__glyph--italic">I</span>,
      run: (editor) => editor.chain().focus().toggleItalic().run(),
      isActive: (editor) => editor.isActive('italic'),
    },
  ],
  [heading(1), heading(2), heading(3)],
  [
    {
      id: 'bulletList',
      label: t('toolbar.bulletList'),
      shortcut: 'Mod-Shift-8',
      icon: <ToolbarIcon name="bulletList" />,
      run: (editor) => editor.chain().focus().toggleBulletList().run(),
      isActive: (editor) => editor.isActive('bulletList'),
    },
    {
      id: 'orderedList',
      label: t('toolbar.orderedList'),
      shortcut: 'Mod-Shift-7',
      icon: <ToolbarIcon name="orderedList" />,
      run: (editor) => editor.chain().focus().toggleOrderedList().run(),
      isActive: (editor) => editor.isActive('orderedList'),
    },
    {
      id: 'blockquote',
      label: t('toolbar.quotation'),
      shortcut: 'Mod-Shift-b',
      icon: <ToolbarIcon name="blockquote" />,
      run: (editor) => editor.chain().focus().toggleBlockquote().run(),
      isActive: (editor) => editor.isActive('blockquote'),
    },
    writtenOnly,
  ],
  [
    {
      id: 'undo',
      label: t('toolbar.undo'),
      shortcut: 'Mod-z',
      icon: <ToolbarIcon name="undo" />,
      run: (editor) => editor.chain().focus().undo().run(),
      canRun: (editor) => editor.can().undo(),
    },
    {
      id: 'redo',
      label: t('toolbar.redo'),
      shortcut: 'Mod-Shift-z',
      icon: <ToolbarIcon name="redo" />,
      run: (editor) => editor.chain().focus().redo().run(),
      canRun: (editor) => editor.can().redo(),
    },
  ],
];
