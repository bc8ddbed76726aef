import { describe, expect, it } from 'vitest';
import { makeCompilation } from '../fixtures/makeCompilation.js';
import { pdfPageLines, pdfPages, pdfSource } from '../fixtures/readPdf.js';
import { renderCompilationPdf } from './renderCompilationPdf.js';

describe('renderCompilationPdf', () => {
  it('opens with the letter, the contributors and the contents', async () => {
    const [first = ''] = await pdfPages(await renderCompilationPdf(makeCompilation()));
    expect(first).toMatch(/^Letter dated 23 April 2021 from the President of the/);
    expect(first).toContain('(Signed) President of the Security Council');
    expect(first).toContain('List of contributors\n1. Brazil\n2. Côte d’Ivoire\n3. Türkiye\n');
    expect(first.indexOf('Contents')).toBeGreaterThan(first.indexOf('List of contributors'));
  });

  it('starts each annex on a new page, and the contents give those pages', async () => {
    const pages = await pdfPages(await renderCompilationPdf(makeCompilation()));
    const names = ['Brazil', 'Côte d’Ivoire', 'Türkiye'];
    const starts = names.map((name, index) =>
      pages.findIndex((page) => page.startsWith(`Annex ${index + 1}\nStatement by ${name}\n`)),
    );
    expect(starts[0]).toBe(1);
    expect(starts[1]).toBeGreaterThan(starts[0] ?? 0);
    expect(starts[2]).toBeGreaterThan((starts[1] ?? 0) + 1); // Côte d’Ivoire's text runs over a page
    const [contents = []] = await pdfPageLines(await renderCompilationPdf(makeCompilation()));
    names.forEach((name, index) => {
      const entry = `Annex ${index + 1} Statement by ${name} ${(starts[index] ?? 0) + 1}`;
      expect(contents).toContain(entry);
    });
    expect(pages[starts[1] ?? 0]).toContain(
      'Côte d’Ivoire thanks Viet Nam for convening this open debate.',
    );
    pages.forEach((page, index) => expect(page.trimEnd().endsWith(`\n${index + 1}`)).toBe(true));
  });

  it('links the contents to the annexes and lists them in the outline', async () => {
    const source = pdfSource(await renderCompilationPdf(makeCompilation()));
    expect(source).toContain('/Outlines');
    expect(source).toMatch(/\/Dests/);
    expect(source.match(/\/S \/GoTo/g)?.length).toBeGreaterThanOrEqual(3);
    expect(source).toContain('/FontFile2');
  });

  it('reports progress per annex and once more when the file is ready', async () => {
    const calls: [number, number][] = [];
    await renderCompilationPdf(makeCompilation(), {
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
});
