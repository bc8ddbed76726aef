// Positions that survive colleagues' edits. y-prosemirror applies a remote change by
// replacing the whole ProseMirror document, so a ProseMirror position cannot be mapped
// through it; a Yjs relative position can, through the live binding of this editor.
import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';

type Mapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

export interface Binding {
  /** A position of the current document as a Yjs relative position. */
  relative(pos: number): Y.RelativePosition;
  /** Where a relative position is now; null when its text was deleted. */
  absolute(position: Y.RelativePosition): number | null;
}

/** The y-sync plugin's binding; its state is untyped, so it is checked here. */
export function bindingOf(state: EditorState): Binding | null {
  const sync: unknown = ySyncPluginKey.getState(state);
  if (typeof sync !== 'object' || sync === null || !('binding' in sync)) return null;
  const binding: unknown = sync.binding;
  if (typeof binding !== 'object' || binding === null) return null;
  if (!('doc' in binding) || !(binding.doc instanceof Y.Doc)) return null;
  if (!('type' in binding) || !(binding.type instanceof Y.XmlFragment)) return null;
  if (!('mapping' in binding) || !(binding.mapping instanceof Map)) return null;
  const { doc, type } = binding;
  const mapping = binding.mapping as Mapping;
  return {
    relative: (pos) => absolutePositionToRelativePosition(pos, type, mapping),
    absolute: (position) => relativePositionToAbsolutePosition(doc, type, position, mapping),
  };
}
