import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText.js';

describe('htmlToText', () => {
  it('reads a two-cell table row with a short label as a field line', () => {
    const html =
      '<table><tr><td><p><strong>Co-hosts</strong></p></td><td><p>Greece, Panama and Norway</p></td></tr>' +
      '<tr><td><p>Date and time:</p></td><td><p>Thursday, 11 February 2027</p><p>10 a.m.</p></td></tr></table>';
    expect(htmlToText(html, [])).toBe(
      'Co-hosts: Greece, Panama and Norway\n\nDate and time: Thursday, 11 February 2027 10 a.m.',
    );
  });

  it('keeps the cells of a row whose first cell is a sentence, or of three cells', () => {
    const html =
      '<table><tr><td><p>The meeting will open.</p></td><td><p>10:00</p></td></tr>' +
      '<tr><td><p>A</p></td><td><p>B</p></td><td><p>C</p></td></tr></table>';
    expect(htmlToText(html, [])).toContain('The meeting will open.');
    expect(htmlToText(html, [])).not.toContain('open.:');
  });
});
