import type { Block, Inline, TextRun } from '../content/Block.js';
import type { NoteList } from '../content/NoteList.js';

// Export blocks → HTML elements. Every piece of statement text goes through escapeHtml;
// links are limited to http(s) and mailto by the block reader.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in text and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

function runHtml(run: TextRun, notes: NoteList): string {
  let html = escapeHtml(run.text);
  if (run.strike) html = `<s>${html}</s>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
  if (run.note) {
    const n = notes.add(run.note);
    html += `<sup class="note-ref"><a id="note-ref-${n}" href="#note-${n}">${n}</a></sup>`;
  }
  return html;
}

export function htmlInlines(inlines: readonly Inline[], notes: NoteList): string {
  return inlines
    .map((inline) => (inline.kind === 'break' ? '<br>' : runHtml(inline, notes)))
    .join('');
}

function itemHtml(item: readonly Block[], notes: NoteList): string {
  const [first] = item;
  if (item.length === 1 && first?.kind === 'paragraph') return htmlInlines(first.inlines, notes);
  return htmlBlocks(item, notes);
}

function listHtml(block: Extract<Block, { kind: 'list' }>, notes: NoteList): string {
  const tag = block.ordered ? 'ol' : 'ul';
  const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
  const items = block.items.map((item) => `<li>${itemHtml(item, notes)}</li>`).join('\n');
  return `<${tag}${start}>\n${items}\n</${tag}>`;
}

function blockHtml(block: Block, notes: NoteList): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${htmlInlines(block.inlines, notes)}</p>`;
    case 'heading': {
      const level = Math.min(6, block.level + 1);
      return `<h${level}>${htmlInlines(block.inlines, notes)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>\n${htmlBlocks(block.blocks, notes)}\n</blockquote>`;
    case 'list':
      return listHtml(block, notes);
  }
}

export function htmlBlocks(blocks: readonly Block[], notes: NoteList): string {
  return blocks.map((block) => blockHtml(block, notes)).join('\n');
}

export function htmlNotes(notes: NoteList): string {
  if (notes.notes.length === 0) return '';
  const items = notes.notes.map(
    (note, i) =>
      `<li id="note-${i + 1}">${escapeHtml(note)} <a href="#note-ref-${i + 1}" aria-label="Back to text">↩</a></li>`,
  );
  return `<section class="notes">\n<h2>Notes</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
}
