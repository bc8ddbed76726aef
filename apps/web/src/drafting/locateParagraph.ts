// A paragraph named by the drafting tools, found again in the current document. Between
// reading the text and an action, colleagues may have added paragraphs above it: an anchor
// (a Yjs relative position inside it) follows it; without one, the id (its index) is
// checked against the text, and the text searched for if they differ.
import type { EditorState } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { draftParagraphsOf, paragraphAt, type DraftParagraph } from './draftParagraphs';
import { bindingOf } from './yBinding';

export interface ParagraphTarget {
  id: string;
  text: string;
  anchor?: Y.RelativePosition | null;
}

/** An anchor inside the paragraph, for a target that must outlive colleagues' edits. */
export function anchorParagraph(state: EditorState, paragraph: DraftParagraph): ParagraphTarget {
  const anchor = bindingOf(state)?.relative(paragraph.pos + 1) ?? null;
  return { id: paragraph.id, text: paragraph.text, anchor };
}

function byAnchor(state: EditorState, anchor: Y.RelativePosition, paragraphs: DraftParagraph[]) {
  const pos = bindingOf(state)?.absolute(anchor) ?? null;
  return pos === null ? null : paragraphAt(paragraphs, state.doc, pos);
}

export function locateParagraph(
  state: EditorState,
  target: ParagraphTarget,
): DraftParagraph | null {
  const paragraphs = draftParagraphsOf(state.doc);
  if (target.anchor) return byAnchor(state, target.anchor, paragraphs);
  const byId = paragraphs.find((paragraph) => paragraph.id === target.id);
  if (byId && byId.text === target.text) return byId;
  const byText = paragraphs.filter((paragraph) => paragraph.text === target.text);
  // Several empty or identical paragraphs: only the id can tell them apart.
  if (byText.length === 1) return byText[0] ?? null;
  return byText.find((paragraph) => paragraph.id === target.id) ?? null;
}
