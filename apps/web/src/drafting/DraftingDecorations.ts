// What the drafting tools draw inside the text: the point's wording as a placeholder in an
// empty tagged section (the template's "12(a) — …"), and a brief highlight on a paragraph
// reached from the coverage map. Decorations only: nothing here touches the document.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { pointsOf, POINTS_ATTRIBUTE } from '@plenary/statement-model';
import type { LabelledText } from '../conceptNotes/conceptNotesApi';
import { findPoint } from './findPoint';

interface DecorationsState {
  points: readonly LabelledText[];
  /** Position of the paragraph to highlight, mapped through edits while it shows. */
  flash: number | null;
  decorations: DecorationSet;
}

type Change = Partial<Pick<DecorationsState, 'points' | 'flash'>>;

export const draftingDecorationsKey = new PluginKey<DecorationsState>('draftingDecorations');

function placeholderFor(points: readonly LabelledText[], tags: string[]): string {
  return tags
    .map((tag) => `${tag} — ${findPoint(points, tag)?.text ?? 'unknown point'}`)
    .join(' · ');
}

function decorate(doc: ProseMirrorNode, state: Omit<DecorationsState, 'decorations'>) {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const tags = pointsOf(node.attrs[POINTS_ATTRIBUTE]);
    if (node.content.size === 0 && tags.length > 0) {
      const placeholder = placeholderFor(state.points, tags);
      const attrs = { class: 'point-empty', 'data-point-placeholder': placeholder };
      decorations.push(Decoration.node(pos, pos + node.nodeSize, attrs));
    }
    return false;
  });
  const flashed = state.flash === null ? null : doc.nodeAt(state.flash);
  if (state.flash !== null && flashed?.isTextblock) {
    const end = state.flash + flashed.nodeSize;
    decorations.push(Decoration.node(state.flash, end, { class: 'paragraph-flash' }));
  }
  return DecorationSet.create(doc, decorations);
}

function apply(tr: Transaction, value: DecorationsState): DecorationsState {
  const change = tr.getMeta(draftingDecorationsKey) as Change | undefined;
  if (!change && !tr.docChanged) return value;
  const flash = value.flash === null ? null : tr.mapping.mapResult(value.flash);
  const next = {
    points: value.points,
    flash: flash === null || flash.deleted ? null : flash.pos,
    ...change,
  };
  return { ...next, decorations: decorate(tr.doc, next) };
}

export function draftingDecorationsPlugin(): Plugin<DecorationsState> {
  return new Plugin<DecorationsState>({
    key: draftingDecorationsKey,
    state: {
      init: (_config, state) => {
        const initial = { points: [], flash: null };
        return { ...initial, decorations: decorate(state.doc, initial) };
      },
      apply,
    },
    props: {
      decorations: (state) => draftingDecorationsKey.getState(state)?.decorations ?? null,
    },
  });
}

function change(view: EditorView, value: Change): void {
  if (view.isDestroyed) return;
  view.dispatch(
    view.state.tr.setMeta(draftingDecorationsKey, value).setMeta('addToHistory', false),
  );
}

/** The debate's points, for the placeholders of empty tagged sections. */
export function showPointPlaceholders(view: EditorView, points: readonly LabelledText[]): void {
  change(view, { points });
}

const FLASH_MS = 1600;
const flashTimers = new WeakMap<EditorView, number>();

/** Highlights the paragraph at `pos` for a moment, so the eye finds where a jump landed. */
export function flashParagraph(view: EditorView, pos: number): void {
  window.clearTimeout(flashTimers.get(view));
  change(view, { flash: pos });
  flashTimers.set(
    view,
    window.setTimeout(() => change(view, { flash: null }), FLASH_MS),
  );
}
