import { describe, expect, it } from 'vitest';
import {
  citation,
  doc,
  hardBreak,
  link,
  makeStatement,
  paragraph,
  text,
} from '../fixtures/makeStatement.js';
import { makeSmallStatement } from '../fixtures/smallStatement.js';
import { renderText } from './renderText.js';

describe('renderText', () => {
  it('renders a small statement exactly', () => {
    expect(renderText(makeSmallStatement())).toBe(`Check against delivery

Viet Nam

Statement by Viet Nam at the Security Council open debate on “Conflict prevention”

New York, 19 April 2021

Prevention

We thank Côte d’Ivoire and Türkiye.

    Peace is a process.

• One
• Two

3. Third
4. Fourth
`);
  });

  it('shows link targets, hard breaks and citation notes', () => {
    const content = doc(
      paragraph(
        text('the report', citation({ reference: 'S/2011/552, para. 12' })),
        hardBreak(),
        text('UN', link('https://www.un.org')),
      ),
    );
    expect(renderText(makeStatement({ content }))).toMatch(
      /\n\nthe report \[1\]\nUN <https:\/\/www\.un\.org>\n\nNotes\n\n\[1\] S\/2011\/552, para\. 12\n$/,
    );
  });

  it('renders an empty statement as its header alone', () => {
    const text = renderText(makeStatement({ content: doc() }));
    expect(text.endsWith('New York, 19 April 2021\n')).toBe(true);
  });
});
