// Comment anchors: a commented range kept as two encoded Y.RelativePositions, so it follows
// the text as people edit around and inside it. Works headless (server) and in the editor.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  absolutePositionToRelativePosition,
  initProseMirrorDoc,
  relativePositionToAbsolutePosition,
} from '@tiptap/y-tiptap';
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { STATEMENT_FRAGMENT } from './statementExtensions.js';
import { statementSchema } from './statementSchema.js';

export interface EncodedAnchor {
  /** Base64 of `Y.encodeRelativePosition` for the range's start and end. */
  start: string;
  end: string;
}

export interface ResolvedAnchor {
  from: number;
  to: number;
  /** The text now between the anchors. */
  text: string;
  /** Everything the thread was attached to has been deleted. */
  orphaned: boolean;
}

/** y-tiptap's map from Yjs types to the ProseMirror nodes they render. */
export type ProsemirrorMapping = Map<Y.AbstractType<unknown>, ProseMirrorNode | ProseMirrorNode[]>;

interface View {
  doc: ProseMirrorNode;
  mapping: ProsemirrorMapping;
}

/** The ProseMirror view of a Y.Doc with the mapping y-tiptap uses between the two. */
function headlessView(doc: Y.Doc): View {
  const { doc: node, mapping } = initProseMirrorDoc(
    doc.getXmlFragment(STATEMENT_FRAGMENT),
    statementSchema(),
  );
  return { doc: node, mapping: mapping as ProsemirrorMapping };
}

/** Anchors the ProseMirror range [from, to) of the statement. */
export function anchorFromRange(
  doc: Y.Doc,
  from: number,
  to: number,
  view: View = headlessView(doc),
): EncodedAnchor {
  const fragment = doc.getXmlFragment(STATEMENT_FRAGMENT);
  const encode = (pos: number): string =>
    toBase64(
      Y.encodeRelativePosition(
        absolutePositionToRelativePosition(pos, fragment, view.mapping) as Y.RelativePosition,
      ),
    );
  return { start: encode(from), end: encode(to) };
}

/**
 * Where the anchor is now, or null when it cannot be read or does not belong to this document
 * (positions from another statement).
 */
export function resolveAnchor(
  doc: Y.Doc,
  anchor: EncodedAnchor,
  view: View = headlessView(doc),
): ResolvedAnchor | null {
  const fragment = doc.getXmlFragment(STATEMENT_FRAGMENT);
  const resolve = (encoded: string): number | null => {
    try {
      const relative = Y.decodeRelativePosition(fromBase64(encoded));
      if (!belongsTo(doc, relative)) return null;
      return relativePositionToAbsolutePosition(doc, fragment, relative, view.mapping);
    } catch {
      return null;
    }
  };
  const from = resolve(anchor.start);
  const to = resolve(anchor.end);
  if (from === null || to === null) return null;
  const end = Math.max(from, to);
  const text = view.doc.textBetween(from, end, '\n', ' ');
  return { from, to: end, text, orphaned: text.trim().length === 0 };
}

/** A relative position names an item by (client, clock): it must exist in this doc. */
function belongsTo(doc: Y.Doc, relative: Y.RelativePosition): boolean {
  const id = relative.item ?? relative.type;
  if (!id) return relative.tname !== null;
  const clock = Y.getState(doc.store, id.client);
  return id.clock < clock;
}
