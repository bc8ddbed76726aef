// Where comment anchors are in the editor's document. Positions are resolved through the
// live Yjs binding (its Y.Doc and its map from Yjs types to ProseMirror nodes), so they
// match what the editor shows exactly, whatever colleagues have changed since.
import { anchorFromRange, resolveAnchor, type EncodedAnchor } from '@plenary/statement-model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

export interface ThreadRange {
  from: number;
  to: number;
  /** Everything the thread was attached to has been deleted. */
  orphaned: boolean;
}

interface LiveBinding {
  ydoc: Y.Doc;
  view: { doc: ProseMirrorNode; mapping: Map<Y.AbstractType<unknown>, ProseMirrorNode> };
}

/** The y-sync plugin's binding for this state; its state is untyped, so it is checked here. */
function liveBinding(state: EditorState): LiveBinding | null {
  const sync: unknown = ySyncPluginKey.getState(state);
  if (typeof sync !== 'object' || sync === null || !('binding' in sync)) return null;
  const binding: unknown = sync.binding;
  if (typeof binding !== 'object' || binding === null) return null;
  if (!('doc' in binding) || !(binding.doc instanceof Y.Doc)) return null;
  if (!('mapping' in binding) || !(binding.mapping instanceof Map)) return null;
  const mapping = binding.mapping as LiveBinding['view']['mapping'];
  return { ydoc: binding.doc, view: { doc: state.doc, mapping } };
}

/** The anchor's range now; null when it cannot be placed (yet) in this copy of the text. */
export function rangeOf(state: EditorState, anchor: EncodedAnchor): ThreadRange | null {
  const live = liveBinding(state);
  if (!live) return null;
  const resolved = resolveAnchor(live.ydoc, anchor, live.view);
  if (!resolved) return null;
  const size = state.doc.content.size;
  if (resolved.from > size || resolved.to > size) return null;
  return { from: resolved.from, to: resolved.to, orphaned: resolved.orphaned };
}

/** Ranges of every anchor that can be placed, by id. */
export function rangesOf(
  state: EditorState,
  anchors: { id: string; anchor: EncodedAnchor }[],
): Map<string, ThreadRange> {
  const ranges = new Map<string, ThreadRange>();
  for (const { id, anchor } of anchors) {
    const range = rangeOf(state, anchor);
    if (range) ranges.set(id, range);
  }
  return ranges;
}

export function sameRanges(
  a: ReadonlyMap<string, ThreadRange>,
  b: ReadonlyMap<string, ThreadRange>,
) {
  if (a.size !== b.size) return false;
  for (const [id, range] of a) {
    const other = b.get(id);
    if (!other || other.from !== range.from || other.to !== range.to) return false;
    if (other.orphaned !== range.orphaned) return false;
  }
  return true;
}

export interface SelectionAnchor {
  anchor: EncodedAnchor;
  /** The selected text, as the composer shows it. */
  quote: string;
}

/**
 * The selection the person sees. The browser's selection is read directly: the editor
 * takes it over only on the next `selectionchange`, which a quick shortcut can beat.
 */
function visibleSelection(view: EditorView): { from: number; to: number } {
  const dom = document.getSelection();
  const { anchorNode, focusNode } = dom ?? {};
  if (dom && !dom.isCollapsed && anchorNode && focusNode && view.dom.contains(anchorNode)) {
    if (view.dom.contains(focusNode)) {
      const anchor = view.posAtDOM(anchorNode, dom.anchorOffset);
      const head = view.posAtDOM(focusNode, dom.focusOffset);
      return { from: Math.min(anchor, head), to: Math.max(anchor, head) };
    }
  }
  return view.state.selection;
}

/** An anchor for the current selection; null when nothing (or only space) is selected. */
export function anchorOfSelection(view: EditorView): SelectionAnchor | null {
  const { state } = view;
  const { from, to } = visibleSelection(view);
  const quote = state.doc.textBetween(from, to, '\n', ' ');
  if (from >= to || quote.trim() === '') return null;
  const live = liveBinding(state);
  if (!live) return null;
  return { anchor: anchorFromRange(live.ydoc, from, to, live.view), quote };
}
