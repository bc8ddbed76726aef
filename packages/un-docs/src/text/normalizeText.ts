import { decodeMarkup } from './decodeMarkup.js';
import { dropCutTitle } from './dropCutTitle.js';
import { joinSplitLetters } from './joinSplitLetters.js';
import { markFootnotes } from './markFootnotes.js';
import { reflowLines } from './reflowLines.js';
import { removePageNoise } from './removePageNoise.js';
import { removeTableOfContents } from './removeTableOfContents.js';
import { splitColumns } from './splitColumns.js';

// One normalized form for every source: one block (paragraph, heading, list item, footnote)
// per line, blocks separated by a blank line, page furniture and markup gone.

function cleanCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .replace(/\u00AD/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\uFB01/g, 'fi')
    .replace(/\uFB02/g, 'fl')
    .replace(MISDECODED, (pair) => PUNCTUATION[pair] ?? pair);
}

// Round 18: a page whose UTF-8 punctuation was read as GBK and saved again, as mirror sites
// serve it: “ ” ‘ ’ – — become ¡° ¡± ¡® ¡¯ ¨C ¨D. No language writes these pairs.
const PUNCTUATION: Readonly<Record<string, string>> = {
  '¡°': '“',
  '¡±': '”',
  '¡®': '‘',
  '¡¯': '’',
  '¨C': '–',
  '¨D': '—',
};
const MISDECODED = /¡[°±®¯]|¨[CD]/gu;

export function normalizeText(text: string): string {
  const pageMarked = cleanCharacters(text)
    .split('\n')
    .map(joinSplitLetters)
    .join('\n')
    .replace(/\f/g, '\n\f\n');
  const lines = removeTableOfContents(pageMarked.split('\n'));
  const columns = lines.flatMap(splitColumns);
  const footnoted = markFootnotes(removePageNoise(columns));
  const blocks = reflowLines(decodeMarkup(footnoted.join('\n')).split('\n'));
  return dropCutTitle(
    blocks.map((block) => block.replace(/[ \t]+/g, ' ').trim()).filter((block) => block !== ''),
  ).join('\n\n');
}
