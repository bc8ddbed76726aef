// The statement's editing schema, shared by the web editor and the server.
// Headless: no React or DOM, so the server can read, seed and export documents.
import type { AnyExtension } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { Document } from '@tiptap/extension-document';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading } from '@tiptap/extension-heading';
import { Italic } from '@tiptap/extension-italic';
import { Link } from '@tiptap/extension-link';
import { BulletList, ListItem, ListKeymap, OrderedList } from '@tiptap/extension-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Strike } from '@tiptap/extension-strike';
import { Text } from '@tiptap/extension-text';
import { Underline } from '@tiptap/extension-underline';
import { TrailingNode } from '@tiptap/extensions';
import { DiscussionPointTags } from './DiscussionPointTags.js';
import { ParagraphIds } from './ParagraphIds.js';
import { SuggestionDelete, SuggestionInsert } from './suggestions/SuggestionMarks.js';
import { WrittenOnly } from './WrittenOnly.js';

export { STATEMENT_FRAGMENT } from './documentNames.js';

/**
 * The extensions that define a statement's document. The editor adds view-only
 * extensions (collaboration, carets, placeholders) on top; they must not change the schema.
 */
export function statementExtensions(): AnyExtension[] {
  return [
    // TipTap's StarterKit, in its order (the schema's order), without code, code blocks,
    // rules and undo/redo (Yjs owns undo in a shared document). Listed one by one so the
    // browser does not download the extensions a statement never uses. The drop and gap
    // cursors, which change no schema, the web editor adds once the text is focused.
    Bold,
    Blockquote,
    BulletList,
    Document,
    HardBreak,
    Heading,
    Italic,
    ListItem,
    ListKeymap,
    Link.configure({ openOnClick: false, autolink: true }),
    OrderedList,
    Paragraph,
    Strike,
    Text,
    Underline,
    TrailingNode,
    DiscussionPointTags,
    SuggestionInsert,
    SuggestionDelete,
    WrittenOnly,
    ParagraphIds,
  ];
}
