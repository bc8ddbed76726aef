// Accepting or rejecting suggestions on a statement's Y.Doc, as ordinary edits on top of the
// current text (the same way a drafter's editor would make them), so editors merge as usual.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { STATEMENT_FRAGMENT } from '../statementExtensions.js';
import { statementSchema } from '../statementSchema.js';
import { statementNode } from '../statementText.js';
import { settleSuggestions, type Suggestion, type SuggestionDecision } from './suggestionList.js';

/** Settles the chosen suggestions; returns how many there were. */
export function settleStatement(
  doc: Y.Doc,
  decision: SuggestionDecision,
  chosen: (suggestion: Suggestion) => boolean = () => true,
): number {
  const tr = new Transform(statementNode(doc));
  const count = settleSuggestions(tr, decision, chosen);
  if (count > 0 && tr.docChanged) writeStatementNode(doc, tr.doc);
  return count;
}

/** Writes a changed ProseMirror document back into the Y.Doc, as the smallest edits. */
export function writeStatementNode(doc: Y.Doc, node: ProseMirrorNode): void {
  const fragment = doc.getXmlFragment(STATEMENT_FRAGMENT);
  const { meta } = initProseMirrorDoc(fragment, statementSchema());
  updateYFragment(doc, fragment, node, meta as Parameters<typeof updateYFragment>[3]);
}
