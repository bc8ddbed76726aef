// A library passage put into the statement as a quotation with its citation, through
// an editor command: it travels through Yjs like typing, merges with colleagues' edits
// and is undone with Ctrl+Z like anything else the person wrote.
import type { Editor } from '@tiptap/core';

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

/** Inserts at the caret (or over the selection); false when the editor is read-only. */
export function insertQuotation(editor: Editor, passage: Quotable): boolean {
  if (!editor.isEditable) return false;
  const { $from, empty } = editor.state.selection;
  const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 1), $from.parentOffset);
  // Glued to the previous word it would read as a typo; after a space or at the start it is fine.
  const lead = empty && before !== '' && !/\s/.test(before) ? ' ' : '';
  return (
    editor
      .chain()
      .focus()
      // A text node, not a string: a string would be parsed as HTML.
      .insertContent({ type: 'text', text: `${lead}${quotationOf(passage)}` })
      .run()
  );
}
