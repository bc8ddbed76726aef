import { describe, expect, it } from 'vitest';
import { ARABIC, CHINESE, FRENCH, makeLanguageStatement } from '../fixtures/languageStatements.js';
import { pdfPageLines, pdfPages, pdfSource } from '../fixtures/readPdf.js';
import { renderPdf } from './renderPdf.js';

// Arabic and Chinese statements to PDF: the fonts that cover them are embedded, and the
// text pdf.js extracts holds the original characters in logical (typed) order, with the
// spaces between words (line ends read as spaces).

const bare = (text: string) => text.replace(/[\s\u200d]+/g, '');
const spaced = (text: string) => text.replace(/\s+/g, ' ');
const sectionText = (drafted: typeof ARABIC, index: number) =>
  (drafted.sections[index] ?? []).map((node) => node.text ?? '').join('');

describe('renderPdf in Arabic and Chinese', () => {
  it('embeds Noto Naskh Arabic and keeps Arabic in logical order, shaped from real letters', async () => {
    const bytes = await renderPdf(makeLanguageStatement(ARABIC));
    expect(pdfSource(bytes)).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoNaskhArabic-Regular/);
    const text = spaced((await pdfPages(bytes)).join(''));
    for (const phrase of [
      'يرجى المراجعة عند الإلقاء',
      'نيويورك، 19 نيسان/أبريل 2021',
      'السيد الرئيس،',
      'أشكر الرئاسة على عقد هذه الجلسة، وأشكر مقدمي الإحاطات على إحاطاتهم.',
      // A paragraph mixing scripts: Arabic, Latin acronyms, a year.
      sectionText(ARABIC, 1),
      'شكراً.',
    ]) {
      expect(text).toContain(spaced(phrase));
    }
    // The first section, whose second line ends in a bracketed symbol with a footnote mark:
    // pdf.js orders brackets and marks next to a Latin symbol at a line's edge by its own
    // rules (docs/languages.md, known limits), so the Arabic is checked phrase by phrase.
    const first = sectionText(ARABIC, 0);
    for (const phrase of ['تؤكد مصر أن التعاون بين الأمم المتحدة', 'ونرحب بتقرير الأمين العام']) {
      expect(first).toContain(phrase);
      expect(text).toContain(phrase);
    }
    expect(text).toContain('S/2021/311');
    // Nothing of the letters is lost to glyph fragments without a character.
    expect(text).not.toMatch(/\p{Cc}/u);
  });

  it('sets Arabic paragraphs right-aligned: their lines end at the right margin', async () => {
    const bytes = await renderPdf(makeLanguageStatement(ARABIC));
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 })
      .promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const rightEdges = content.items
      .filter((item) => 'str' in item && item.str.includes('شكراً'))
      .map((item) => ('transform' in item ? (item.transform[4] as number) + item.width : 0));
    await pdf.destroy();
    // A4 is 595 pt wide with 72 pt margins: the closing ends at about 523 pt (its invisible
    // text layer, which pdf.js reads, may run a few points past the drawn letters).
    expect(rightEdges.length).toBe(1);
    expect(rightEdges[0]).toBeGreaterThan(515);
    expect(rightEdges[0]).toBeLessThan(530);
  });

  it('embeds Noto Serif SC and reads Chinese back in order', async () => {
    const bytes = await renderPdf(makeLanguageStatement(CHINESE));
    expect(pdfSource(bytes)).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Regular/);
    const lines = (await pdfPageLines(bytes)).flat().join('');
    for (const phrase of ['请以实际发言为准', '2021年4月19日，纽约', '主席先生：', '谢谢。']) {
      expect(lines).toContain(phrase);
    }
    expect(bare(lines)).toContain(bare(sectionText(CHINESE, 1)));
  });

  it('keeps French in Noto Serif with its own header', async () => {
    const text = (await pdfPages(await renderPdf(makeLanguageStatement(FRENCH)))).join('\n');
    expect(text).toContain('Seul le prononcé fait foi');
    expect(text).toContain('New York, le 19 avril 2021');
    expect(text).toContain('Je vous remercie.');
  });
});
