import type { ProseMirrorJSON } from '../model/StatementExport.js';
import type { Inline, RunSuggestion, TextRun } from './Block.js';
import { citationReference } from './citationReference.js';

// Text nodes and hard breaks of a textblock. Unknown marks and attributes are ignored;
// unknown inline nodes contribute their text.

type Mark = NonNullable<ProseMirrorJSON['marks']>[number];

const SAFE_LINK = /^(https?:|mailto:)/i;

function linkHref(mark: Mark): string | null {
  const href = mark.attrs?.['href'];
  return typeof href === 'string' && SAFE_LINK.test(href.trim()) ? href.trim() : null;
}

function suggestionOf(marks: readonly Mark[]): RunSuggestion | null {
  const deleted = marks.find((mark) => mark.type === 'suggestionDelete');
  const inserted = marks.find((mark) => mark.type === 'suggestionInsert');
  const mark = deleted ?? inserted;
  if (!mark) return null;
  const attribute = (name: string) => {
    const value = mark.attrs?.[name];
    return typeof value === 'string' ? value : '';
  };
  return {
    kind: deleted ? 'delete' : 'insert',
    authorId: attribute('authorId'),
    createdAt: attribute('createdAt'),
  };
}

function textRun(text: string, marks: readonly Mark[]): TextRun {
  const has = (type: string) => marks.some((mark) => mark.type === type);
  const link = marks.find((mark) => mark.type === 'link');
  const citation = marks.find((mark) => mark.type === 'citation');
  return {
    kind: 'text',
    text,
    bold: has('bold'),
    italic: has('italic'),
    underline: has('underline'),
    strike: has('strike'),
    href: link ? linkHref(link) : null,
    note: citation ? citationReference(citation.attrs) : null,
    suggestion: suggestionOf(marks),
  };
}

function collect(nodes: readonly ProseMirrorJSON[], out: Inline[]): void {
  for (const node of nodes) {
    if (node.type === 'text' && typeof node.text === 'string') {
      if (node.text !== '') out.push(textRun(node.text, node.marks ?? []));
    } else if (node.type === 'hardBreak') {
      out.push({ kind: 'break' });
    } else if (node.content) {
      collect(node.content, out);
    }
  }
}

/** A cited stretch split by other marks gets one note, after its last run. */
function noteOnceAtEnd(inlines: Inline[]): Inline[] {
  return inlines.map((inline, index) => {
    const next = inlines[index + 1];
    if (inline.kind !== 'text' || inline.note === null) return inline;
    const continues = next?.kind === 'text' && next.note === inline.note;
    return continues ? { ...inline, note: null } : inline;
  });
}

/** Hard breaks at either end of a paragraph only add blank lines. */
function trimBreaks(inlines: Inline[]): Inline[] {
  let start = 0;
  let end = inlines.length;
  while (start < end && inlines[start]?.kind === 'break') start += 1;
  while (end > start && inlines[end - 1]?.kind === 'break') end -= 1;
  return inlines.slice(start, end);
}

export function inlinesFromJSON(nodes: readonly ProseMirrorJSON[] | undefined): Inline[] {
  const out: Inline[] = [];
  collect(nodes ?? [], out);
  return noteOnceAtEnd(trimBreaks(out));
}

export function isInlineNode(node: ProseMirrorJSON): boolean {
  return node.type === 'text' || node.type === 'hardBreak';
}
