import { describe, expect, it } from 'vitest';
import { ARABIC, CHINESE, FRENCH, makeLanguageStatement } from '../fixtures/languageStatements.js';
import { docxParagraphs, readDocxParts } from '../fixtures/readDocx.js';
import { renderDocx } from './renderDocx.js';

// Word needs the language of each paragraph to spell-check it, and w:bidi to lay Arabic out
// right to left: every paragraph of the body carries them.

const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/gs)].map((m) => m[0]);

describe('renderDocx in the official languages', () => {
  it('marks every Arabic paragraph right-to-left and Arabic, and Arabic runs rtl', async () => {
    const { document } = await readDocxParts(await renderDocx(makeLanguageStatement(ARABIC)));
    const paragraphs = paragraphsOf(document).filter((p) => p.includes('<w:t'));
    expect(paragraphs.length).toBeGreaterThan(6);
    for (const paragraph of paragraphs) {
      expect(paragraph).toMatch(/<w:pPr>.*<w:bidi\/>/s);
      expect(paragraph).toMatch(/<w:lang [^>]*w:bidi="ar-SA"/);
    }
    const salutation = paragraphs.find((p) => p.includes('السيد الرئيس،')) ?? '';
    expect(salutation).toMatch(/<w:rtl\/>/);
    // A Latin run inside an Arabic paragraph is not forced right-to-left.
    const mixed = paragraphs.find((p) => p.includes('S/2021/311')) ?? '';
    const latinRun = /<w:r>(?:(?!<\/w:r>).)*S\/2021\/311(?:(?!<\/w:r>).)*<\/w:r>/s.exec(mixed)?.[0];
    expect(latinRun).toBeDefined();
    expect(latinRun).not.toContain('<w:rtl/>');
  });

  it('tags Chinese as East Asian text in every paragraph, without bidi', async () => {
    const bytes = await renderDocx(makeLanguageStatement(CHINESE));
    const { document } = await readDocxParts(bytes);
    for (const paragraph of paragraphsOf(document).filter((p) => p.includes('<w:t'))) {
      expect(paragraph).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
      expect(paragraph).not.toContain('<w:bidi/>');
    }
    const text = await docxParagraphs(bytes);
    expect(text).toContain('主席先生：');
    expect(text).toContain('2021年4月19日，纽约');
  });

  it('tags French paragraphs fr-FR', async () => {
    const { document } = await readDocxParts(await renderDocx(makeLanguageStatement(FRENCH)));
    expect(document).toMatch(/<w:lang w:val="fr-FR"\/>/);
    expect(document).not.toMatch(/w:val="en-GB"/);
    expect(document).toContain('Seul le prononcé fait foi');
  });
});
