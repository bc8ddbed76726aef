import type { Block, Inline } from '../content/Block.js';
import { NoteList } from '../content/NoteList.js';
import { statementLayout } from '../header/statementHeader.js';
import type { StatementExport } from '../model/StatementExport.js';

// Plain text for e-mail bodies and clipboards: the header block, paragraphs separated by
// blank lines, "•" and "1." list markers, quotations indented, citation notes at the end.

/** Prefixes the first line with `first` and the others with `rest` (a list marker's hang). */
export function indentLines(lines: readonly string[], first: string, rest: string): string[] {
  return lines.map((line, index) => {
    const prefix = index === 0 ? first : rest;
    return line === '' ? prefix.trimEnd() : `${prefix}${line}`;
  });
}

function inlinesText(inlines: readonly Inline[], notes: NoteList): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') return '\n';
      const link = inline.href && inline.href !== inline.text ? ` <${inline.href}>` : '';
      const note = inline.note ? ` [${notes.add(inline.note)}]` : '';
      return `${inline.text}${link}${note}`;
    })
    .join('');
}

function listLines(block: Extract<Block, { kind: 'list' }>, notes: NoteList): string[] {
  return block.items.flatMap((item, index) => {
    const marker = block.ordered ? `${block.start + index}. ` : '• ';
    const lines = item.flatMap((child) => blockLines(child, notes));
    return indentLines(lines, marker, ' '.repeat(marker.length));
  });
}

function blockLines(block: Block, notes: NoteList): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return inlinesText(block.inlines, notes).split('\n');
    case 'quote':
      return indentLines(blocksText(block.blocks, notes).split('\n'), '    ', '    ');
    case 'list':
      return listLines(block, notes);
  }
}

function blocksText(blocks: readonly Block[], notes: NoteList): string {
  return blocks.map((block) => blockLines(block, notes).join('\n')).join('\n\n');
}

function notesText(notes: NoteList): string[] {
  if (notes.notes.length === 0) return [];
  return ['Notes', notes.notes.map((note, index) => `[${index + 1}] ${note}`).join('\n')];
}

/** The statement as plain text (UTF-8, "\n" line ends, ending with a newline). */
export function renderText(statement: StatementExport): string {
  const { header, blocks } = statementLayout(statement);
  const notes = new NoteList();
  const body = blocksText(blocks, notes);
  const { notice, delegation, byline, onBehalfOf, placeAndDate } = header;
  const parts = [notice, delegation, byline, onBehalfOf, placeAndDate, body];
  const text = [...parts, ...notesText(notes)].filter((part) => part !== null && part !== '');
  return `${text.join('\n\n')}\n`;
}
