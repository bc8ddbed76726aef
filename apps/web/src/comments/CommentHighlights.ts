// Highlights commented text for everyone, live. The threads come from the page (REST and
// app events); their ranges are resolved from the Yjs anchors after every change of the
// document, so a highlight follows the text however colleagues edit around or inside it.
import type { EncodedAnchor } from '@plenary/statement-model';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { rangesOf, sameRanges, type ThreadRange } from './threadRanges';

export interface HighlightThread {
  id: string;
  anchor: EncodedAnchor;
  resolved: boolean;
}

export interface CommentHighlightState {
  threads: HighlightThread[];
  /** The thread selected in the panel or clicked in the text. */
  activeId: string | null;
  /** The range a new comment is being written about, before it becomes a thread. */
  draft: EncodedAnchor | null;
  /** Current ranges by thread id (the draft under DRAFT_ID); absent until placed. */
  ranges: ReadonlyMap<string, ThreadRange>;
  decorations: DecorationSet;
}

type Change = Partial<Pick<CommentHighlightState, 'threads' | 'activeId' | 'draft' | 'ranges'>>;

export const DRAFT_ID = '\u0000draft';
export const commentHighlightsKey = new PluginKey<CommentHighlightState>('commentHighlights');

function decorate(doc: ProseMirrorNode, state: Omit<CommentHighlightState, 'decorations'>) {
  const decorations: Decoration[] = [];
  const add = (id: string, className: string) => {
    const range = state.ranges.get(id);
    if (!range || range.orphaned || range.from >= range.to) return;
    const active = id === state.activeId ? ' comment-highlight--active' : '';
    const attrs = { class: `comment-highlight ${className}${active}`, 'data-thread-id': id };
    decorations.push(Decoration.inline(range.from, range.to, attrs, { threadId: id }));
  };
  // Resolved threads stay out of the way unless someone selects them.
  for (const thread of state.threads) {
    if (!thread.resolved) add(thread.id, 'comment-highlight--open');
    else if (thread.id === state.activeId) add(thread.id, 'comment-highlight--resolved');
  }
  if (state.draft) add(DRAFT_ID, 'comment-highlight--draft');
  return DecorationSet.create(doc, decorations);
}

/**
 * Until the anchors are resolved again (a microtask later), ranges move with the edit.
 * A remote change replaces the whole document, which would squash every range to a point:
 * such a range keeps its old place instead. Only the anchors decide that text is gone.
 */
function mapRanges(ranges: ReadonlyMap<string, ThreadRange>, tr: Transaction) {
  const size = tr.doc.content.size;
  const mapped = new Map<string, ThreadRange>();
  for (const [id, range] of ranges) {
    let from = tr.mapping.map(range.from, 1);
    let to = tr.mapping.map(range.to, 1);
    if (from >= to && range.from < range.to) [from, to] = [range.from, range.to];
    mapped.set(id, {
      from: Math.min(from, size),
      to: Math.min(to, size),
      orphaned: range.orphaned,
    });
  }
  return mapped;
}

function apply(tr: Transaction, value: CommentHighlightState): CommentHighlightState {
  const change = tr.getMeta(commentHighlightsKey) as Change | undefined;
  if (!change && !tr.docChanged) return value;
  const { decorations: _old, ...rest } = value;
  const next = { ...rest, ...(tr.docChanged ? { ranges: mapRanges(value.ranges, tr) } : {}) };
  Object.assign(next, change);
  return { ...next, decorations: decorate(tr.doc, next) };
}

/** The innermost highlighted thread at a position, if any. */
function threadAt(state: EditorState, pos: number): string | null {
  const value = commentHighlightsKey.getState(state);
  const found = value?.decorations.find(pos, pos, (spec) => typeof spec.threadId === 'string');
  const smallest = found?.sort((a, b) => a.to - a.from - (b.to - b.from))[0];
  const id: unknown = smallest?.spec.threadId;
  return typeof id === 'string' && id !== DRAFT_ID ? id : null;
}

function resolver(view: EditorView) {
  let scheduled = false;
  let destroyed = false;
  // Runs once the y-sync plugin has written the change to the Y.Doc and its mapping.
  const refresh = () => {
    scheduled = false;
    if (destroyed || view.isDestroyed) return;
    const value = commentHighlightsKey.getState(view.state);
    if (!value) return;
    const anchors = value.threads.map(({ id, anchor }) => ({ id, anchor }));
    if (value.draft) anchors.push({ id: DRAFT_ID, anchor: value.draft });
    const ranges = rangesOf(view.state, anchors);
    if (sameRanges(ranges, value.ranges)) return;
    const change: Change = { ranges };
    view.dispatch(
      view.state.tr.setMeta(commentHighlightsKey, change).setMeta('addToHistory', false),
    );
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(refresh);
  };
  schedule();
  return {
    update(current: EditorView, previous: EditorState) {
      const now = commentHighlightsKey.getState(current.state);
      const before = commentHighlightsKey.getState(previous);
      const moved = current.state.doc !== previous.doc;
      if (moved || now?.threads !== before?.threads || now?.draft !== before?.draft) schedule();
    },
    destroy() {
      destroyed = true;
    },
  };
}

export const CommentHighlights = Extension.create({
  name: 'commentHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin<CommentHighlightState>({
        key: commentHighlightsKey,
        state: {
          init: () => ({
            threads: [],
            activeId: null,
            draft: null,
            ranges: new Map(),
            decorations: DecorationSet.empty,
          }),
          apply,
        },
        view: resolver,
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          // A click on highlighted text selects its thread; a click elsewhere lets it go.
          handleClick(view, pos) {
            const id = threadAt(view.state, pos);
            if (id !== (commentHighlightsKey.getState(view.state)?.activeId ?? null))
              view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { activeId: id }));
            return false;
          },
        },
      }),
    ];
  },
});

/** Tells the editor about threads, the active one or the draft range. */
export function updateHighlights(view: EditorView, change: Change): void {
  if (view.isDestroyed) return;
  view.dispatch(view.state.tr.setMeta(commentHighlightsKey, change).setMeta('addToHistory', false));
}
