import type { Block } from '../content/Block.js';
import { NoteList } from '../content/NoteList.js';
import { statementLayout } from '../header/statementHeader.js';
import type { StatementExport } from '../model/StatementExport.js';
import { indentLines } from '../text/renderText.js';
import { escapeMarkdown, markdownInlines } from './markdownInlines.js';

// CommonMark with footnotes (GitHub flavour): the delegation is the level-1 heading, the
// statement's own headings start at level 2.

function itemMarkdown(item: readonly Block[], notes: NoteList): string {
  return item
    .map((block, index) => {
      const separator = index === 0 ? '' : block.kind === 'list' ? '\n' : '\n\n';
      return separator + blockMarkdown(block, notes);
    })
    .join('');
}

function listMarkdown(block: Extract<Block, { kind: 'list' }>, notes: NoteList): string {
  return block.items
    .map((item, index) => {
      const marker = block.ordered ? `${block.start + index}. ` : '- ';
      const lines = itemMarkdown(item, notes).split('\n');
      return indentLines(lines, marker, ' '.repeat(marker.length)).join('\n');
    })
    .join('\n');
}

function blockMarkdown(block: Block, notes: NoteList): string {
  switch (block.kind) {
    case 'paragraph':
      return markdownInlines(block.inlines, notes);
    case 'heading': {
      const hashes = '#'.repeat(Math.min(6, block.level + 1));
      return `${hashes} ${markdownInlines(block.inlines, notes).replace(/\\\n/g, ' ')}`;
    }
    case 'quote': {
      const inner = blocksMarkdown(block.blocks, notes).split('\n');
      return inner.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
    }
    case 'list':
      return listMarkdown(block, notes);
  }
}

function blocksMarkdown(blocks: readonly Block[], notes: NoteList): string {
  return blocks.map((block) => blockMarkdown(block, notes)).join('\n\n');
}

/** The statement as Markdown (ending with a newline). */
export function renderMarkdown(statement: StatementExport): string {
  const { header, blocks } = statementLayout(statement);
  const notes = new NoteList();
  const body = blocksMarkdown(blocks, notes);
  const footnotes = notes.notes.map((note, i) => `[^${i + 1}]: ${escapeMarkdown(note)}`);
  const parts = [
    `*${escapeMarkdown(header.notice)}*`,
    `# ${escapeMarkdown(header.delegation)}`,
    `**${escapeMarkdown(header.byline)}**`,
    header.onBehalfOf === null ? '' : escapeMarkdown(header.onBehalfOf),
    header.placeAndDate === null ? '' : escapeMarkdown(header.placeAndDate),
    body,
    footnotes.join('\n'),
  ];
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
