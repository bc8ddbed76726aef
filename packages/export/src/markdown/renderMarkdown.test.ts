import { describe, expect, it } from 'vitest';
import {
  bold,
  citation,
  doc,
  italic,
  link,
  makeStatement,
  orderedList,
  paragraph,
  text,
} from '../fixtures/makeStatement.js';
import { makeSmallStatement } from '../fixtures/smallStatement.js';
import { renderMarkdown } from './renderMarkdown.js';

const body = (markdown: string) => markdown.split('New York, 19 April 2021\n\n')[1];

describe('renderMarkdown', () => {
  it('renders a small statement exactly', () => {
    expect(renderMarkdown(makeSmallStatement())).toBe(`*Check against delivery*

# Viet Nam

**Statement by Viet Nam at the Security Council open debate on “Conflict prevention”**

New York, 19 April 2021

## Prevention

We thank **Côte d’Ivoire** and *Türkiye*.

> Peace is a process.

- One
- Two

3. Third
4. Fourth
`);
  });

  it('escapes text that Markdown would read as syntax', () => {
    const content = doc(
      paragraph('Use *stars*, _under_ and [brackets] <b>'),
      paragraph('# not a heading'),
      paragraph('1. not a list'),
    );
    expect(body(renderMarkdown(makeStatement({ content })))).toBe(
      'Use \\*stars\\*, \\_under\\_ and \\[brackets\\] \\<b\\>\n\n\\# not a heading\n\n1\\. not a list\n',
    );
  });

  it('keeps emphasis tight around words and merges runs of one style', () => {
    const content = doc(
      paragraph(text('very ', bold), text('important', bold), text(' point ', italic)),
    );
    expect(body(renderMarkdown(makeStatement({ content })))).toBe('**very important** *point* \n');
  });

  it('writes links, footnotes and nested list items', () => {
    const content = doc(
      paragraph(
        text('UN', link('https://www.un.org')),
        text(' report', citation({ reference: 'S/2011/552' })),
      ),
      orderedList(1, [paragraph('First'), orderedList(1, 'Nested')]),
    );
    expect(body(renderMarkdown(makeStatement({ content })))).toBe(
      '[UN](https://www.un.org) report[^1]\n\n1. First\n   1. Nested\n\n[^1]: S/2011/552\n',
    );
  });
});
