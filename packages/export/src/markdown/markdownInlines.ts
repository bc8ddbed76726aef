import type { Inline, TextRun } from '../content/Block.js';
import type { NoteList } from '../content/NoteList.js';

// Runs → Markdown. Emphasis delimiters hug the text (CommonMark ignores "** bold**"), so
// surrounding spaces are moved outside them. Underline has no Markdown form and is dropped.

// Statement text is prose, not Markdown: every character Markdown would read as syntax is
// escaped, so "S/2021/311 *para. 4*" or "[draft]" come out exactly as typed.

const INLINE_SYNTAX = /[\\`*_[\]<>~|]/g;
const ENTITY = /&(?=#?\w+;)/g;
const LINE_START = /^(\s*)([#+=-]|\d+[.)])/;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SYNTAX, (char) => `\\${char}`)
    .replace(ENTITY, '\\&')
    .split('\n')
    .map((line) =>
      line.replace(LINE_START, (_match, space: string, marker: string) => {
        const escaped = /^\d/.test(marker) ? marker.replace(/([.)])$/, '\\$1') : `\\${marker}`;
        return `${space}${escaped}`;
      }),
    )
    .join('\n');
}

function delimiters(run: TextRun): string {
  return `${run.strike ? '~~' : ''}${run.bold ? '**' : ''}${run.italic ? '*' : ''}`;
}

function linkTarget(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

function sameStyle(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.href === b.href;
}

/** Adjacent runs that differ only in ignored marks are merged, so "**a****b**" cannot occur. */
function mergeRuns(inlines: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    if (inline.kind === 'text' && last?.kind === 'text' && !last.note && sameStyle(last, inline)) {
      merged[merged.length - 1] = { ...last, text: last.text + inline.text, note: inline.note };
    } else {
      merged.push(inline);
    }
  }
  return merged;
}

function runMarkdown(run: TextRun, notes: NoteList): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
  const open = delimiters(run);
  const close = [...open].reverse().join('');
  let body = core === '' ? '' : `${open}${escapeMarkdown(core)}${close}`;
  if (run.href && body !== '') body = `[${body}](${linkTarget(run.href)})`;
  const note = run.note ? `[^${notes.add(run.note)}]` : '';
  return `${lead}${body}${note}${trail}`;
}

export function markdownInlines(inlines: readonly Inline[], notes: NoteList): string {
  return mergeRuns(inlines)
    .map((inline) => (inline.kind === 'break' ? '\\\n' : runMarkdown(inline, notes)))
    .join('');
}
