import { statementSchema, suggestionsIn } from '@plenary/statement-model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { suggestTransaction } from './suggestTransaction';

let counter = 0;
const author = {
  authorId: 'rev',
  now: () => '2026-12-04T10:00:00.000Z',
  newId: () => `s${(counter += 1)}`,
};

function stateOf(text: string, cursor: number, head = cursor): EditorState {
  const schema = statementSchema();
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  return EditorState.create({ doc, selection: TextSelection.create(doc, cursor, head) });
}

/** Applies `edit` as if typed in Suggesting mode; returns the new state. */
function suggest(state: EditorState, edit: (tr: Transaction) => void): EditorState {
  const tr = state.tr;
  edit(tr);
  const suggested = suggestTransaction(state, tr, author);
  if (!suggested) return state;
  return state.apply(suggested);
}

const summary = (state: EditorState) =>
  suggestionsIn(state.doc).map(({ id, inserted, deleted }) => ({ id, inserted, deleted }));

describe('typing in Suggesting mode', () => {
  it('marks typed text as a suggested insertion, one suggestion per run', () => {
    counter = 0;
    let state = stateOf('We welcome the report.', 4);
    state = suggest(state, (tr) => tr.insertText('x', 4));
    state = suggest(state, (tr) => tr.insertText('y', 5));
    expect(state.doc.textContent).toBe('We xywelcome the report.');
    expect(summary(state)).toEqual([{ id: 's1', inserted: 'xy', deleted: '' }]);
    expect(state.selection.from).toBe(6);
  });

  it('keeps deleted text in place, struck, with the caret before it on Backspace', () => {
    let state = stateOf('We welcome the report.', 11);
    state = suggest(state, (tr) => tr.delete(10, 11));
    state = suggest(state, (tr) => tr.delete(state.selection.from - 1, state.selection.from));
    expect(state.doc.textContent).toBe('We welcome the report.');
    expect(summary(state)).toMatchObject([{ deleted: 'me', inserted: '' }]);
    expect(state.selection.from).toBe(9);
  });

  it('removes the author’s own suggested text outright', () => {
    let state = stateOf('We welcome.', 4);
    state = suggest(state, (tr) => tr.insertText('very ', 4));
    state = suggest(state, (tr) => tr.delete(4, 9));
    expect(state.doc.textContent).toBe('We welcome.');
    expect(summary(state)).toEqual([]);
  });

  it('turns typing over a selection into one replacement suggestion', () => {
    counter = 10;
    let state = stateOf('We welcome the report.', 4, 11);
    state = suggest(state, (tr) => tr.insertText('note', 4, 11));
    expect(state.doc.textContent).toBe('We welcomenote the report.');
    expect(summary(state)).toEqual([{ id: 's11', inserted: 'note', deleted: 'welcome' }]);
  });

  it('drops formatting and mid-paragraph splits; keeps paragraphs unjoined', () => {
    const state = stateOf('We welcome.', 4);
    const schema = state.schema;
    const bold = state.tr.addMark(1, 3, schema.marks.bold!.create());
    expect(suggestTransaction(state, bold, author)).toBeNull();
    expect(suggestTransaction(state, state.tr.split(4), author)).toBeNull();
    const atEnd = suggestTransaction(state, state.tr.split(12), author);
    expect(atEnd && state.apply(atEnd).doc.childCount).toBe(2);
  });
});
