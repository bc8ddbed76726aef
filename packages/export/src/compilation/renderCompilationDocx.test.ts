import { statementTemplateJSON } from '@plenary/statement-model';
import { describe, expect, it } from 'vitest';
import { makeCompilation } from '../fixtures/makeCompilation.js';
import { makeDebate, makeStatement } from '../fixtures/makeStatement.js';
import { docxParagraphs, readDocxParts } from '../fixtures/readDocx.js';
import { renderCompilationDocx } from './renderCompilationDocx.js';

describe('renderCompilationDocx', () => {
  it('reads back as letter, contributors, contents, then the annexes in order', async () => {
    const paragraphs = await docxParagraphs(await renderCompilationDocx(makeCompilation()));
    const at = (text: string) => paragraphs.indexOf(text);
    expect(paragraphs[0]).toMatch(
      /^Letter dated 23 April 2021 from the President of the Security Council/,
    );
    expect(paragraphs).toContain('(Signed) President of the Security Council');
    const contributors = at('List of contributors');
    expect(paragraphs.slice(contributors + 1, contributors + 4)).toEqual([
      'Brazil',
      'Côte d’Ivoire',
      'Türkiye',
    ]);
    const contents = at('Contents');
    expect(contents).toBeGreaterThan(contributors);
    // Each entry: label, tab, title, tab, PAGEREF field (empty until Word or LibreOffice lays it out).
    expect(paragraphs.slice(contents + 1, contents + 4)).toEqual([
      'Annex 1\tStatement by Brazil',
      'Annex 2\tStatement by Côte d’Ivoire',
      'Annex 3\tStatement by Türkiye',
    ]);
    // mammoth's raw text drops the line break between an annex's label and its title.
    const annexes = ['Brazil', 'Côte d’Ivoire', 'Türkiye'].map((name, index) =>
      paragraphs.indexOf(`Annex ${index + 1}Statement by ${name}`),
    );
    expect(annexes.every((index, i) => index > contents && index > (annexes[i - 1] ?? 0))).toBe(
      true,
    );
    expect(paragraphs[(annexes[1] ?? 0) + 2]).toBe(
      'Côte d’Ivoire thanks Viet Nam for convening this open debate.',
    );
  });

  it('starts each annex on a new page, bookmarked for the page references of the contents', async () => {
    const { document, styles, footers } = await readDocxParts(
      await renderCompilationDocx(makeCompilation()),
    );
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(3);
    for (const n of [1, 2, 3]) {
      expect(document).toContain(`<w:bookmarkStart w:name="annex_${n}"`);
      expect(document).toMatch(new RegExp(`<w:instrText[^>]*>PAGEREF annex_${n}</w:instrText>`));
    }
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(styles).toContain('w:styleId="LetterTitle"');
    expect(footers.some((footer) => footer.includes('PAGE'))).toBe(true);
  });

  it('lifts a template header out of an annex, keeping who delivers the statement', async () => {
    const content = statementTemplateJSON({
      delegations: ['Kenya'],
      debate: makeDebate(),
      points: [],
      speaker: 'H.E. Mr. Martin Kimani',
      salutation: 'Madam President,',
    });
    const statement = makeStatement({
      title: 'Statement by Kenya',
      delegations: ['Kenya'],
      content,
    });
    const compilation = makeCompilation({ statements: [statement] });
    const paragraphs = await docxParagraphs(await renderCompilationDocx(compilation));
    expect(paragraphs).not.toContain('Check against delivery');
    expect(paragraphs).not.toContain('New York, 19 April 2021');
    const heading = paragraphs.indexOf('Annex 1Statement by Kenya');
    expect(paragraphs[heading + 1]).toMatch(
      /^Statement by H\.E\. Mr\. Martin Kimani at the Security/,
    );
    expect(paragraphs[heading + 2]).toBe('Madam President,');
  });

  it('reports progress per annex and once more when the file is ready', async () => {
    const calls: [number, number][] = [];
    await renderCompilationDocx(makeCompilation(), {
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('builds a compilation with no statements', async () => {
    const paragraphs = await docxParagraphs(
      await renderCompilationDocx(makeCompilation({ statements: [] })),
    );
    expect(paragraphs.at(-1)).toBe('Contents');
  });
});
