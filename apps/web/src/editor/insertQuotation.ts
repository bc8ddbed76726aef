// A library passage put into the statement as a quotation with its citation, through
// an editor command: it travels through Yjs like typing, merges with colleagues' edits
// and is undone with Ctrl+Z like anything else the person wrote.
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

export interface Quotable {
  text: string;
  /** "S/2011/552, para. 12" */
  citation: string;
}

// The report's own footnote markers ("…occur".¹) point at notes the statement does not have.
const FOOTNOTE_MARKERS = /[\u00B9\u00B2\u00B3\u2070-\u2079]+/g;

/** “…” (S/2011/552, para. 12) — double quotation marks inside become single ones. */
export function quotationOf({ text, citation }: Quotable): string {
  const inner = text
    .trim()
    .replace(FOOTNOTE_MARKERS, '')
    .replace(/"([^"]*)"/g, '‘$1’')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
  return `“${inner}” (${citation})`;
}

/**
 * Inserts the passage as its own block quotation after the block holding the caret (an
 * empty paragraph is replaced), then puts the caret in the block that follows it, so the
 * drafter goes on writing below the quotation. False when the editor is read-only.
 */
export function insertQuotation(editor: Editor, passage: Quotable): boolean {
  if (!editor.isEditable) return false;
  const { state } = editor;
  const { $from } = state.selection;
  // The top-level block with the caret; with no caret in the text, the end of the document.
  const top = $from.depth > 0 ? $from.node(1) : null;
  const empty = top !== null && top.type.name === 'paragraph' && top.content.size === 0;
  const from = top ? $from.before(1) : state.doc.content.size;
  const to = top ? $from.after(1) : from;
  const quote = {
    type: 'blockquote',
    // A text node, not a string: a string would be parsed as HTML.
    content: [{ type: 'paragraph', content: [{ type: 'text', text: quotationOf(passage) }] }],
  };
  const at = empty ? from : to;
  const last = to >= state.doc.content.size;
  const blocks = last ? [quote, { type: 'paragraph' }] : [quote];
  return editor
    .chain()
    .focus()
    .insertContentAt(empty ? { from, to } : to, blocks)
    .command(({ tr }) => {
      const inserted = tr.doc.nodeAt(at);
      if (!inserted) return false;
      // Into the block just past the quotation.
      const after = Math.min(at + inserted.nodeSize + 1, tr.doc.content.size);
      tr.setSelection(TextSelection.near(tr.doc.resolve(after)));
      return true;
    })
    .run();
}
