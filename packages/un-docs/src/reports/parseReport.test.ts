import { describe, expect, it } from 'vitest';
import { readSample } from '../fixtures/samples.js';
import { parseReport } from './parseReport.js';

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('parseReport on sample 001 (A regional-global security partnership, 2006)', () => {
  const report = parseReport(readSample('regionalPartnershipReport'));

  it('gives paragraphs 1–101 in order', () => {
    expect(report.paragraphs.map((paragraph) => paragraph.number)).toEqual(range(1, 101));
  });

  it('keeps table-of-contents and footnote lines out of the paragraphs', () => {
    for (const { text } of report.paragraphs) {
      expect(text).not.toMatch(/^[¹²³⁴⁵⁶⁷⁸⁹]/m);
      expect(text).not.toMatch(/\d+[–-]\d+\s+\d+$/m);
      expect(text).not.toMatch(/^(?:Contents|Paragraphs)/m);
    }
    expect(report.footnotes.map((note) => note.number)).toEqual(range(1, 20));
    expect(report.footnotes[0]).toEqual({ number: 1, text: 'S/23500.' });
  });

  it('rejoins a paragraph cut by a page break and its footnotes', () => {
    const paragraph7 = report.paragraphs[6];
    expect(paragraph7?.text).toMatch(
      /preventive diplomacy, peacemaking and peacekeeping\. This was to cover the contribution/,
    );
    expect(paragraph7?.text).toMatch(/in helping the work of the Council\.¹$/);
  });

  it('keeps sub-items inside their paragraph and records headings', () => {
    expect(report.paragraphs[10]?.text.split('\n').map((line) => line.slice(0, 4))).toEqual([
      'Six ',
      '(a) ',
      '(b) ',
      '(c) ',
      '(d) ',
      '(e) ',
      '(f) ',
    ]);
    expect(report.paragraphs[0]?.heading).toBe('I. Introduction');
    expect(report.paragraphs[6]?.heading).toBe('A. Early moves towards the partnership');
    expect(report.paragraphs[19]?.heading).toBe('Conflict prevention');
    expect(report.paragraphs[53]?.heading).toBe('(a) Standby arrangements');
    expect(report.paragraphs[92]?.heading).toBe('V. Recommendations');
  });

  it('reads the title and the date of issue, and no symbol that the text does not carry', () => {
    expect(report.title).toBe(
      'A regional-global security partnership: challenges and opportunities',
    );
    expect(report.date).toBe('2006-07-28');
    expect(report.symbol).toBeNull();
  });
});

describe('parseReport on sample 002 (Preventive diplomacy: Delivering results, 2011)', () => {
  const report = parseReport(readSample('preventiveDiplomacyReport'));

  it('gives paragraphs 1–72, splitting paragraph 42 out of the line it was run into', () => {
    expect(report.paragraphs.map((paragraph) => paragraph.number)).toEqual(range(1, 72));
    expect(report.paragraphs[40]?.text).toMatch(/accept external assistance to that end\.$/);
    expect(report.paragraphs[41]?.text).toMatch(/^In situations of internal crisis in particular/);
  });

  it('decodes the Markdown headings and the HTML footnotes', () => {
    expect(report.title).toBe('Preventive diplomacy: Delivering results');
    expect(report.date).toBe('2011-08-26');
    expect(report.paragraphs[3]?.heading).toBe('II. The changing landscape');
    expect(report.paragraphs[9]?.heading).toBe('General Assembly');
    expect(report.footnotes.map((note) => note.number)).toEqual(range(1, 18));
    expect(report.footnotes[10]?.text).toMatch(/^Regular budget strengthening was approved/);
    expect(report.paragraphs[5]?.text).toMatch(
      /good offices mandate\.⁸ The OSCE High Commissioner/,
    );
  });
});

describe('parseReport on sample 004 (Cooperation with regional organizations, 2020)', () => {
  const report = parseReport(readSample('regionalCooperationReport'));

  it('gives paragraphs 1–108 under their organizations', () => {
    expect(report.paragraphs.map((paragraph) => paragraph.number)).toEqual(range(1, 108));
    expect(report.paragraphs[4]?.heading).toBe('African Union');
    expect(report.paragraphs[107]?.heading).toBe('IV. Observations and recommendations');
    expect(report.paragraphs[11]?.text).toMatch(/negligible adherence to the 35 per cent quota/);
  });

  it('reads title, date and its one footnote', () => {
    expect(report.title).toBe(
      'Cooperation between the United Nations and regional and other organizations',
    );
    expect(report.date).toBe('2020-09-11');
    expect(report.footnotes).toHaveLength(1);
    expect(report.footnotes[0]?.number).toBe(1);
  });
});

describe('parseReport symbols', () => {
  it('reads a joint symbol from the header, not the symbols cited in the text', () => {
    const text =
      'United Nations\n\nA/75/345–S/2020/901\n\nDistr.: General\n11 September 2020\n\nTitle of the report\n\nReport of the Secretary-General\n\n1. As stated in A/73/328-S/2018/592, cooperation grew.\n\n2. Second.\n\n3. Third.';
    const report = parseReport(text);
    expect(report.symbol).toBe('A/75/345-S/2020/901');
    expect(report.title).toBe('Title of the report');
    expect(report.paragraphs).toHaveLength(3);
  });
});
