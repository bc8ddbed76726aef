// The statement's text blocks as the drafting tools read them: the same ids ("p0", "p1"…)
// as the server's coverage, plus where each block is, to jump to it or change its tags.
import { blockText, pointsOf, POINTS_ATTRIBUTE } from '@plenary/statement-model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface DraftParagraph {
  /** Position in reading order ("p0", "p1"…): stable for one reading of the document. */
  id: string;
  /** 1-based, as the coverage map shows it ("¶ 7"). */
  number: number;
  /** Document position just before the block. */
  pos: number;
  /** The text as it stands: open suggested insertions left out. */
  text: string;
  /** The text with every open suggestion accepted (the same when there are none). */
  acceptedText: string;
  points: string[];
  /** Blocks whose schema type takes the `points` attribute (paragraphs and headings). */
  taggable: boolean;
}

const TAGGABLE = new Set(['paragraph', 'heading']);

export function draftParagraphsOf(doc: ProseMirrorNode): DraftParagraph[] {
  const paragraphs: DraftParagraph[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    paragraphs.push({
      id: `p${paragraphs.length}`,
      number: paragraphs.length + 1,
      pos,
      text: blockText(node, 'as-is'),
      acceptedText: blockText(node, 'accepted'),
      points: pointsOf(node.attrs[POINTS_ATTRIBUTE]),
      taggable: TAGGABLE.has(node.type.name),
    });
    return false;
  });
  return paragraphs;
}

/** The text block that holds `pos`, if any. */
export function paragraphAt(
  paragraphs: readonly DraftParagraph[],
  doc: ProseMirrorNode,
  pos: number,
): DraftParagraph | null {
  if (pos < 0 || pos > doc.content.size) return null;
  const $pos = doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    if ($pos.node(depth).isTextblock) {
      const start = $pos.before(depth);
      return paragraphs.find((paragraph) => paragraph.pos === start) ?? null;
    }
  }
  return null;
}

/** The first words of a paragraph, for lists that name it. */
export function excerptOf(text: string, length = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length);
  // A cut that falls between words keeps its last word whole.
  const space = clean[length] === ' ' ? length : cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}
