import { describe, expect, it } from 'vitest';
import { docxParagraphs, paragraphStyles, readDocxParts } from '../fixtures/readDocx.js';
import { doc, makeStatement, orderedList } from '../fixtures/makeStatement.js';
import { makeRichStatement } from '../fixtures/richStatement.js';
import { renderDocx } from './renderDocx.js';

describe('renderDocx', () => {
  it('is a Word package with the text in UN statement order', async () => {
    const bytes = await renderDocx(makeRichStatement());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip archive
    // mammoth's raw text drops hard breaks, hence "website.Thank you."
    expect(await docxParagraphs(bytes)).toEqual([
      'Check against delivery',
      'Viet Nam',
      expect.stringMatching(
        /^Statement by H\.E\. Mr\. Đặng Đình Quý, Permanent Representative of Viet Nam, at the Security Council open debate on “Enhancing cooperation .* resolution”$/,
      ),
      'New York, 19 April 2021',
      'Mr. President,',
      'I thank Viet Nam for convening this debate, and I welcome the briefings by the representatives of Côte d’Ivoire and Türkiye — both long-standing partners.',
      'Early warning and regional organizations',
      'As the Secretary-General reminds us, prevention is cheaper than cure (S/2011/552, para. 12). Our region has often always acted early.',
      '“The scourge of war still plagues our world today.”',
      'Shared early-warning data;',
      'Joint mediation teams;',
      'First, strengthen the African Union;',
      'Second, support subregional organizations:',
      'ECOWAS',
      'SADC',
      'Resources',
      'Details are on the UN website.Thank you.',
    ]);
  });

  it('uses real Word styles for every part of the statement', async () => {
    const { document, styles } = await readDocxParts(await renderDocx(makeRichStatement()));
    const used = paragraphStyles(document);
    for (const style of [
      'CheckAgainstDelivery',
      'Title',
      'Subtitle',
      'Date',
      'Heading1',
      'Heading2',
      'Quote',
      'ListParagraph',
    ]) {
      expect(used, style).toContain(style);
      expect(styles, style).toContain(`w:styleId="${style}"`);
    }
    expect(styles).toContain('w:ascii="Times New Roman"');
  });

  it('keeps marks, links, hard breaks and lists', async () => {
    const { document, files } = await readDocxParts(await renderDocx(makeRichStatement()));
    expect(document).toMatch(/<w:b\/>.*Côte d’Ivoire/);
    expect(document).toMatch(/<w:i\/>.*Türkiye/);
    expect(document).toMatch(/<w:u w:val="single"\/>.*prevention is cheaper than cure/);
    expect(document).toMatch(/<w:strike\/>.*often/);
    expect(document).toContain('<w:hyperlink');
    expect(document).toContain('<w:br/>');
    expect(document.match(/<w:numPr>/g)?.length).toBe(6);
    expect(files).toContain('word/numbering.xml');
  });

  it('numbers pages in the footer and turns citations into footnotes', async () => {
    const { footers, footnotes, document } = await readDocxParts(
      await renderDocx(makeRichStatement()),
    );
    expect(footers.some((footer) => /<w:instrText[^>]*>PAGE<\/w:instrText>/.test(footer))).toBe(
      true,
    );
    expect(document).toContain('<w:footnoteReference w:id="1"/>');
    expect(footnotes).toMatch(/<w:footnote w:id="1">.*S\/2011\/552, para\. 12/);
  });

  it('restarts each numbered list at its own first number', async () => {
    const content = doc(orderedList(1, 'a', 'b'), orderedList(1, 'c'), orderedList(5, 'e'));
    const bytes = await renderDocx(makeStatement({ content }));
    const { document, numbering } = await readDocxParts(bytes);
    const numIds = [...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds).toHaveLength(4);
    expect(numIds[0]).toBe(numIds[1]);
    expect(new Set(numIds).size).toBe(3);
    for (const [id, start] of [
      [numIds[1], 1],
      [numIds[2], 1],
      [numIds[3], 5],
    ] as const) {
      const num = new RegExp(`<w:num w:numId="${id}">.*?<w:startOverride w:val="${start}"/>`);
      expect(numbering).toMatch(num);
    }
  });

  it('exports an empty statement as its header', async () => {
    const paragraphs = await docxParagraphs(await renderDocx(makeStatement({ content: doc() })));
    expect(paragraphs).toHaveLength(4);
  });
});
