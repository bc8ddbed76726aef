import { describe, expect, it } from 'vitest';
import { ARABIC, CHINESE, FRENCH, makeLanguageStatement } from '../fixtures/languageStatements.js';
import { makeCompilation } from '../fixtures/makeCompilation.js';
import { readDocxParts } from '../fixtures/readDocx.js';
import { pdfPages, pdfSource } from '../fixtures/readPdf.js';
import { renderCompilationDocx } from './renderCompilationDocx.js';
import { renderCompilationPdf } from './renderCompilationPdf.js';

// A debate's statements in several languages: the compilation keeps each in its own —
// its words, its fonts, its direction — around an English letter and contents.

function multilingual() {
  const compilation = makeCompilation();
  return {
    ...compilation,
    statements: [ARABIC, CHINESE, FRENCH].map(makeLanguageStatement),
  };
}

const bare = (text: string) => text.replace(/[\s\u200d]+/g, '');

describe('a compilation of statements in several languages', () => {
  it('PDF: each annex in its language and fonts, the letter in English', async () => {
    const bytes = await renderCompilationPdf(multilingual());
    const source = pdfSource(bytes);
    expect(source).toMatch(/NotoNaskhArabic-Regular/);
    expect(source).toMatch(/NotoSerifSC-Regular/);
    expect(source).toMatch(/NotoSerif-Regular/);
    const text = (await pdfPages(bytes)).join('\n');
    expect(text).toMatch(/^Letter dated/);
    expect(bare(text)).toContain(bare('السيد الرئيس،'));
    expect(text).toContain('主席先生：');
    expect(text).toContain('Monsieur le Président,');
  });

  it('DOCX: each annex’s paragraphs carry their own language; only Arabic is bidi', async () => {
    const { document } = await readDocxParts(await renderCompilationDocx(multilingual()));
    const paragraphs = [...document.matchAll(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/gs)].map((m) => m[0]);
    const salutation = (text: string) => paragraphs.find((p) => p.includes(text)) ?? '';
    expect(salutation('السيد الرئيس،')).toMatch(/<w:bidi\/>/);
    expect(salutation('السيد الرئيس،')).toMatch(/w:bidi="ar-SA"/);
    expect(salutation('主席先生：')).toMatch(/w:eastAsia="zh-CN"/);
    expect(salutation('Monsieur le Président,')).toMatch(/w:val="fr-FR"/);
    expect(salutation('Monsieur le Président,')).not.toContain('<w:bidi/>');
  });
});
