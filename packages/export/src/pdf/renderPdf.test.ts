import { describe, expect, it } from 'vitest';
import { doc, makeStatement, paragraph } from '../fixtures/makeStatement.js';
import { pdfPages, pdfSource } from '../fixtures/readPdf.js';
import { makeRichStatement } from '../fixtures/richStatement.js';
import { renderPdf } from './renderPdf.js';

const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('renderPdf', () => {
  it('is a PDF that embeds Noto Serif and no standard font', async () => {
    const bytes = await renderPdf(makeRichStatement());
    const source = pdfSource(bytes);
    expect(source.startsWith('%PDF-')).toBe(true);
    expect(source).toContain('/FontFile2');
    expect(source).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerif-Regular/);
    expect(source).toMatch(/NotoSerif-Bold\b/);
    expect(source).toMatch(/NotoSerif-Italic\b/);
    expect(source).not.toContain('Helvetica');
  });

  it('reads back in order, non-ASCII names included', async () => {
    const text = flat(await pdfPages(await renderPdf(makeRichStatement())));
    const expected = [
      'Check against delivery',
      'Viet Nam',
      'Statement by H.E. Mr. Đặng Đình Quý, Permanent Representative of Viet Nam, at the Security Council open debate on “Enhancing cooperation',
      'New York, 19 April 2021',
      'Mr. President,',
      'representatives of Côte d’Ivoire and Türkiye — both long-standing partners.',
      'Early warning and regional organizations',
      'prevention is cheaper than cure (S/2011/552, para. 12)¹. Our region has often always acted early.',
      '“The scourge of war still plagues our world today.”',
      '• Shared early-warning data; • Joint mediation teams;',
      '1. First, strengthen the African Union; 2. Second, support subregional organizations: – ECOWAS – SADC',
      'Resources',
      'Details are on the UN website. Thank you.',
      '¹ S/2011/552, para. 12',
    ];
    let from = 0;
    for (const part of expected) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
  });

  it('breaks lines where the statement has hard breaks', async () => {
    const [page] = await pdfPages(await renderPdf(makeRichStatement()));
    expect(page).toContain('Details are on the UN website.\nThank you.');
  });

  it('numbers every page at its foot', async () => {
    const long = 'Regional organizations know the actors and the terrain. '.repeat(12);
    const content = doc(...Array.from({ length: 24 }, () => paragraph(long)));
    const pages = await pdfPages(await renderPdf(makeStatement({ content })));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => expect(page.trimEnd().endsWith(`\n${index + 1}`)).toBe(true));
  });

  it('exports an empty statement as its header on one page', async () => {
    const pages = await pdfPages(await renderPdf(makeStatement({ content: doc() })));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Check against delivery\nViet Nam\n');
  });
});
