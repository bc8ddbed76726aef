import { describe, expect, it } from 'vitest';
import { deliveredJSON, deliveryOf, salutationIndex } from './delivery.js';
import { languageTemplate } from './languages/languageTemplates.js';
import { STATEMENT_LANGUAGES } from './languages/StatementLanguage.js';
import { statementTemplateJSON } from './statementTemplate.js';

const block = (text: string, type = 'paragraph', written = false) => ({ type, text, written });

describe('deliveryOf', () => {
  it('leaves out the header above the salutation, headings and written-only paragraphs', () => {
    const blocks = [
      block('Statement by H.E. Mr. Dang Dinh Quy at the Security Council open debate'),
      block('New York, 19 April 2021'),
      block('Check against delivery'),
      block('Mr. President,'),
      block('I thank the briefers for their insights.'),
      block('Early warning', 'heading'),
      block('Viet Nam supports early warning and mediation by regional organizations.'),
      block('Annex: our national contributions since 2015, listed in full.', 'paragraph', true),
      block('I thank you.'),
    ];
    expect(deliveryOf(blocks)).toEqual([
      'header',
      'header',
      'header',
      'spoken',
      'spoken',
      'heading',
      'spoken',
      'written',
      'spoken',
    ]);
  });

  it('finds the salutation in every language and none in a statement without one', () => {
    for (const text of [
      'Madame la Présidente,',
      'السيد الرئيس،',
      '主席先生：',
      'Господин Председатель!',
    ]) {
      expect(salutationIndex([block('Header line'), block(text)])).toBe(1);
    }
    expect(salutationIndex([block('We welcome this debate, which comes at the right time.')])).toBe(
      -1,
    );
    expect(deliveryOf([block('We speak.'), block('Closing.')])).toEqual(['spoken', 'spoken']);
    // A colon after a spoken first paragraph is not a salutation: nothing above it is header.
    const noSalutation = [
      block('Mr. President, I thank you for convening this debate.'),
      block('Let me make three points:'),
      block('First, prevention.'),
    ];
    expect(salutationIndex(noSalutation)).toBe(-1);
    expect(deliveryOf(noSalutation)).toEqual(['spoken', 'spoken', 'spoken']);
  });

  it.each(STATEMENT_LANGUAGES)('finds the salutation of the UN template in %s', (language) => {
    const json = statementTemplateJSON({
      language,
      speaker: 'H.E. Ms. Ana Example, Permanent Representative',
      delegations: ['Estonia', 'Kenya', 'Viet Nam'],
      debate: {
        theme: 'Cooperation with regional organizations',
        body: 'Security Council',
        format: 'open debate',
        meetingDate: '2021-04-19',
        presidency: 'Viet Nam',
      },
      points: [],
      salutation: 'Madam President,',
    });
    const texts = (json.content ?? []).map((node) => ({
      text: (node.content ?? []).map((child) => child.text ?? '').join(''),
    }));
    // Header line, on whose behalf, place and date, notice; then the salutation.
    expect(salutationIndex(texts)).toBe(4);
    expect(texts[4]?.text).toBe(languageTemplate(language).salutation.woman);
  });
});

describe('deliveredJSON', () => {
  it('drops written-only blocks and the containers they leave empty', () => {
    const paragraph = (text: string, written = false) => ({
      type: 'paragraph',
      attrs: { points: [], written },
      content: [{ type: 'text', text }],
    });
    const doc = {
      type: 'doc',
      content: [
        paragraph('Mr. President,'),
        paragraph('Read out.'),
        paragraph('Circulated only.', true),
        { type: 'blockquote', content: [paragraph('A quoted annex.', true)] },
        { type: 'paragraph', attrs: { points: [], written: false } },
      ],
    };
    const delivered = deliveredJSON(doc);
    expect(delivered.content?.map((node) => node.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(JSON.stringify(delivered)).not.toContain('Circulated');
    expect(doc.content).toHaveLength(5);
  });
});
