// An amendment proposed in the outcome document's text, read from its suggestion marks: the
// paragraph it changes, and that paragraph as it stands and as it would read if accepted.
import { Transform } from '@tiptap/pm/transform';
import type * as Y from 'yjs';
import { statementNode } from './statementText.js';
import { settleSuggestions, suggestionsIn } from './suggestions/suggestionList.js';
import { blockText } from './suggestions/suggestionReading.js';

export interface SuggestedAmendment {
  /** The delegation its marks name (null: none, so no amendment). */
  delegationId: string | null;
  /** 1-based among the text's non-empty paragraphs; for a new paragraph, the one before it. */
  paragraph: number;
  action: 'replace' | 'insert_after' | 'delete';
  originalText: string;
  proposedText: string;
}

/** The amendment the suggestion with this id makes, or undefined if the text has none. */
export function suggestedAmendment(
  doc: Y.Doc,
  suggestionId: string,
): SuggestedAmendment | undefined {
  const root = statementNode(doc);
  const suggestion = suggestionsIn(root).find((s) => s.id === suggestionId);
  const at = suggestion?.ranges[0]?.from;
  if (!suggestion || at === undefined) return undefined;
  let number = 0;
  let found: SuggestedAmendment | undefined;
  root.descendants((node, pos) => {
    if (found || !node.isTextblock) return !found;
    const originalText = blockText(node, 'as-is', '\n');
    if (originalText.trim() !== '') number += 1;
    if (at < pos || at >= pos + node.nodeSize) return false;
    const tr = new Transform(node);
    settleSuggestions(tr, 'accept', (s) => s.id === suggestionId);
    const proposedText = blockText(tr.doc, 'as-is', '\n');
    const delegationId =
      typeof suggestion.delegationId === 'string' ? suggestion.delegationId : null;
    found =
      originalText.trim() === ''
        ? { delegationId, paragraph: number, action: 'insert_after', originalText, proposedText }
        : proposedText.trim() === ''
          ? { delegationId, paragraph: number, action: 'delete', originalText, proposedText }
          : { delegationId, paragraph: number, action: 'replace', originalText, proposedText };
    return false;
  });
  return found;
}
