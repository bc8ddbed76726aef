import { describe, expect, it } from 'vitest';
import { pdfLines, type PdfTextItem } from './pdfLines.js';

const item = (str: string, x: number, y: number, size = 10): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});

describe('pdfLines', () => {
  it('orders items into lines and marks raised small digits as superscripts', () => {
    const lines = pdfLines([
      item('face particular risks.', 72, 700),
      item('1', 182, 704, 6),
      item('Next line of the same paragraph.', 72, 688),
      item('1', 72, 104, 6),
      item('See the report of the Secretary-General.', 76, 100, 8),
    ]);
    expect(lines).toEqual([
      'face particular risks.¹',
      'Next line of the same paragraph.',
      '',
      '¹ See the report of the Secretary-General.',
    ]);
  });

  it('keeps columns apart and indents by position', () => {
    const lines = pdfLines([
      item('United Nations', 72, 800),
      item('S/2022/154', 450, 800),
      item('Body text starts at the margin and runs on.', 72, 780),
      item('(a)', 100, 768),
      item('An indented item.', 120, 768),
    ]);
    expect(lines[0]).toBe('United Nations    S/2022/154');
    expect(lines[3]).toMatch(/^ {4,}\(a\) An indented item\.$/);
  });

  it('leaves a blank line where the spacing grows into a paragraph gap', () => {
    const lines = pdfLines([
      item('First paragraph, line one.', 72, 700),
      item('First paragraph, line two.', 72, 688),
      item('First paragraph, line three.', 72, 676),
      item('Second paragraph.', 72, 650),
    ]);
    expect(lines).toEqual([
      'First paragraph, line one.',
      'First paragraph, line two.',
      'First paragraph, line three.',
      '',
      'Second paragraph.',
    ]);
  });
});
