import { describe, expect, it } from 'vitest';
import { statementParagraphs } from './statementParagraphs.js';
import { statementTemplateDoc } from './statementTemplate.js';
import { statementText } from './statementText.js';

const debate = {
  theme: 'Enhancing cooperation between the United Nations and regional organizations',
  body: 'Security Council',
  format: 'open debate',
  meetingDate: '2021-04-19',
  presidency: 'Viet Nam',
};
const points = [
  { label: '12(a)', text: 'What are the challenges?' },
  { label: '12(b)', text: 'What are the lessons?' },
];

describe('statement template', () => {
  it('lays out a UN statement with one tagged, empty section per discussion point', () => {
    const doc = statementTemplateDoc({
      delegations: ['Viet Nam'],
      debate,
      points,
      salutation: 'Madam President,',
    });
    expect(statementText(doc).split('\n\n')).toEqual([
      'Statement by the delegation of Viet Nam at the Security Council open debate on “Enhancing cooperation between the United Nations and regional organizations”',
      'New York, 19 April 2021',
      'Check against delivery',
      'Madam President,',
      // Viet Nam holds the presidency: it does not thank itself.
      'I thank the briefers for their insights.',
      '',
      '',
      'I thank you.',
    ]);
    const paragraphs = statementParagraphs(doc);
    expect(paragraphs.filter((p) => p.points.length > 0)).toMatchObject([
      { id: 'p5', text: '', points: ['12(a)'], spoken: true },
      { id: 'p6', text: '', points: ['12(b)'], spoken: true },
    ]);
    // The header block (title line, place and date, "Check against delivery") is not spoken.
    expect(paragraphs.map((p) => p.delivery).slice(0, 5)).toEqual([
      'header',
      'header',
      'header',
      'spoken',
      'spoken',
    ]);
  });

  it('names every delegation of a joint statement and the speaker when given', () => {
    const doc = statementTemplateDoc({
      delegations: ['Estonia', 'Kenya', 'Viet Nam'],
      debate: { ...debate, meetingDate: null, body: null },
      points: [],
      speaker: 'H.E. Ms. Ana Example, Permanent Representative',
      salutation: 'Mr. President,',
    });
    const lines = statementText(doc).split('\n\n');
    expect(lines[0]).toBe(
      'Statement by H.E. Ms. Ana Example, Permanent Representative at the open debate on “Enhancing cooperation between the United Nations and regional organizations”',
    );
    expect(lines[1]).toBe('Delivered on behalf of Estonia, Kenya and Viet Nam');
    expect(lines).not.toContain('New York, 19 April 2021');
  });

  it('thanks the presidency when another delegation speaks', () => {
    const doc = statementTemplateDoc({
      delegations: ['Kenya'],
      debate,
      points: [],
      salutation: 'Madam President,',
    });
    expect(statementText(doc).split('\n\n')).toContain(
      'I thank the presidency of Viet Nam for convening this open debate and the briefers for their insights.',
    );
  });

  it('has the presidency thank only the briefers in every language', () => {
    const opening = (language: 'fr' | 'zh', delegations: string[]) =>
      statementText(
        statementTemplateDoc({
          delegations,
          debate,
          points: [],
          salutation: 'Mr. President,',
          language,
        }),
      );
    expect(opening('fr', ['Viet Nam'])).toContain('Je remercie les intervenants de leurs exposés.');
    expect(opening('fr', ['Viet Nam'])).not.toContain('présidence');
    expect(opening('fr', ['Kenya'])).toContain('Je remercie la présidence');
    expect(opening('zh', ['Viet Nam'])).not.toContain('主席国');
  });
});
