import { statementTemplateJSON, type TemplateInput } from '@plenary/statement-model';
import { describe, expect, it } from 'vitest';
import { blocksFromJSON } from '../content/blocksFromJSON.js';
import {
  bold,
  doc,
  italic,
  makeDebate,
  makeStatement,
  paragraph,
  text,
} from '../fixtures/makeStatement.js';
import { renderText } from '../text/renderText.js';
import { documentHeader } from './documentHeader.js';
import { statementLayout } from './statementHeader.js';

function templated(input: Partial<TemplateInput> & { delegations: string[] }) {
  const template = statementTemplateJSON({
    debate: makeDebate({ theme: 'Conflict prevention' }),
    points: [{ label: '12(a)', text: 'What are the challenges?' }],
    salutation: 'Madam President,',
    ...input,
  });
  return makeStatement({
    delegations: input.delegations,
    debate: makeDebate({ theme: 'Conflict prevention' }),
    content: template,
  });
}

describe('documentHeader', () => {
  it('lifts the header lines a document opens with, in any order, each once', () => {
    const blocks = blocksFromJSON(
      doc(
        paragraph(text('Check against delivery', italic)),
        paragraph(text('Statement by Ms. A at the open debate', bold)),
        paragraph('Geneva, 3 May 2022'),
        paragraph('Check against delivery'),
        paragraph('Statement by the way, this is the body.'),
      ),
    );
    const { own, body } = documentHeader(blocks);
    expect(own).toEqual({
      notice: 'Check against delivery',
      byline: 'Statement by Ms. A at the open debate',
      placeAndDate: 'Geneva, 3 May 2022',
    });
    expect(body).toHaveLength(2);
  });

  it('leaves a document without header lines untouched', () => {
    const blocks = blocksFromJSON(doc(paragraph('Mr. President,'), paragraph('Statement by us.')));
    expect(documentHeader(blocks)).toEqual({ own: {}, body: blocks });
  });
});

describe('statements made from the UN template', () => {
  it('show the template’s header once, in header layout', () => {
    const output = renderText(templated({ delegations: ['Viet Nam'] }));
    expect(output).toBe(`Check against delivery

Viet Nam

Statement by the delegation of Viet Nam at the Security Council open debate on “Conflict prevention”

New York, 19 April 2021

Madam President,

I thank the briefers for their insights.

I thank you.
`);
  });

  it('keep the drafters’ wording and the joint-statement line', () => {
    const statement = templated({
      delegations: ['Estonia', 'Kenya', 'Viet Nam'],
      speaker: 'H.E. Ms. Ana Example',
    });
    const { header, blocks, bylineIsOwn } = statementLayout(statement);
    expect(header).toMatchObject({
      delegation: 'Estonia, Kenya and Viet Nam',
      byline: expect.stringMatching(
        /^Statement by H\.E\. Ms\. Ana Example at the Security Council/,
      ),
      onBehalfOf: 'Delivered on behalf of Estonia, Kenya and Viet Nam',
      notice: 'Check against delivery',
    });
    expect(bylineIsOwn).toBe(true);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', inlines: [{ text: 'Madam President,' }] });
  });
});

describe('documentHeader in the six official languages', () => {
  const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
  for (const language of languages) {
    it(`${language}: lifts the template's header lines out of the body`, () => {
      const statement = {
        ...templated({ delegations: ['Egypt', 'Kenya'], language }),
        language,
      };
      const { header, blocks } = statementLayout(statement);
      const template = statementTemplateJSON({
        debate: makeDebate({ theme: 'Conflict prevention' }),
        points: [],
        salutation: 'Madam President,',
        delegations: ['Egypt', 'Kenya'],
        language,
      });
      const lines = (template.content ?? []).map((node) => node.content?.[0]?.text ?? '');
      expect(header.byline).toBe(lines[0]);
      expect(header.onBehalfOf).toBe(lines[1]);
      expect(header.placeAndDate).toBe(lines[2]);
      expect(header.notice).toBe(lines[3]);
      // The body starts at the salutation.
      expect(blocks[0]?.kind === 'paragraph' && blocks[0].inlines[0]).toMatchObject({
        text: lines[4],
      });
    });
  }
});
