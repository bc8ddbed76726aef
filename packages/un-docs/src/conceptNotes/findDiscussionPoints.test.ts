import { describe, expect, it } from 'vitest';
import { headingTopic } from './cues/listHeadingWords.js';
import { findDiscussionPoints } from './findDiscussionPoints.js';
import { findInlineList, findListSections } from './findListSections.js';
import { readInlineList } from './readInlineList.js';

describe('headingTopic', () => {
  it.each([
    ['Focus of the discussion', 'points'],
    ['Issues to reflect upon', 'points'],
    ['Ejes de la discusión', 'points'],
    ['Pistes de réflexion', 'points'],
    ['Вопросы для обсуждения', 'points'],
    ['What the meeting hopes to achieve', 'objectives'],
    ['Objetivos de la reunión', 'objectives'],
    ['Background to the discussion', null],
    ['Format of the discussion', null],
    ['Expected outcome', null],
    [
      'Open debate on the protection of civilians in urban warfare and the questions it raises for peace operations today',
      null,
    ],
  ])('reads %s as %s', (heading, topic) => {
    expect(headingTopic(heading)).toBe(topic);
  });
});

describe('findDiscussionPoints', () => {
  it('reads questions written inline without labels after a lead-in, under a points heading', () => {
    const { items } = findDiscussionPoints([
      'Discussion',
      'The meeting will have two panels. Speakers are encouraged to address the following questions: What has been done since 2024? How can access be widened? Which data are needed, and who should collect them?',
      'Statements are limited to five minutes.',
    ]);
    expect(items).toEqual([
      { label: '1', text: 'What has been done since 2024?' },
      { label: '2', text: 'How can access be widened?' },
      { label: '3', text: 'Which data are needed, and who should collect them?' },
    ]);
  });

  it('reads on past a segment lettered again from (a), but not into a list headed for itself or an annex', () => {
    const { items } = findDiscussionPoints([
      'Guiding questions',
      'Segment 1: Preparedness',
      '(a) How can plans include older persons?',
      '(b) What data are needed?',
      'Segment 2: Response',
      '(a) How can assistance reach them?',
      'Annex',
      '(a) Programme of the day',
    ]);
    // The repeated "(a)" becomes "(a)-2" when the note is assembled (uniqueLabels.ts).
    expect(items.map(({ label }) => label)).toEqual(['(a)', '(b)', '(a)']);
  });

  it('reads the points after a lead-in about what the statements will take up', () => {
    const { items } = findDiscussionPoints([
      'Las intervenciones podrían centrarse en los siguientes aspectos:',
      '- las políticas nacionales;',
      '- la cooperación internacional.',
      'Las intervenciones no deberán exceder de tres minutos.',
    ]);
    expect(items).toEqual([
      { label: '1', text: 'las políticas nacionales' },
      { label: '2', text: 'la cooperación internacional' },
    ]);
  });

  it('reads on past a paragraph that comments on a numbered question', () => {
    const { items } = findDiscussionPoints([
      'Guiding questions',
      '1. How can the Council act earlier?',
      'This question invites members to share practice.',
      '2. What role for regional bodies?',
      'Format',
      'The meeting will open with two briefings.',
    ]);
    expect(items).toEqual([
      { label: '1', text: 'How can the Council act earlier?' },
      { label: '2', text: 'What role for regional bodies?' },
    ]);
  });

  it('reads a lettered list on across its sub-headings, not across another section', () => {
    const { items } = findDiscussionPoints([
      'Guiding questions',
      'Panel 1: Water and prevention',
      '(a) How can agreements prevent conflict?',
      'Panel 2: Water in recovery',
      '(b) How should infrastructure be prioritized?',
      'Participation',
      '(c) Delegations are invited to register.',
    ]);
    expect(items.map(({ label }) => label)).toEqual(['(a)', '(b)']);
  });

  it('gives lettered questions inline in a numbered paragraph that paragraph’s number', () => {
    const { items } = findDiscussionPoints([
      'III. Cuestiones para el debate',
      '4. Se invita a los participantes a abordar las siguientes preguntas: a) ¿qué medidas han resultado eficaces?; b) ¿cómo pueden participar las organizaciones?; y c) ¿qué papel corresponde a la cooperación?',
      'IV. Modalidades',
    ]);
    expect(items.map(({ label }) => label)).toEqual(['4a)', '4b)', '4c)']);
    expect(items[2]?.text).toBe('¿qué papel corresponde a la cooperación?');
  });

  it('reads questions labelled inline in one paragraph, without the sentence after them', () => {
    const { items, sectioned } = findDiscussionPoints([
      'Member States may address: (i) What has worked? (ii) What has not, and why? (iii) What next? The presidency will circulate a summary.',
    ]);
    expect(sectioned).toBe(false);
    expect(items).toEqual([
      { label: '(i)', text: 'What has worked?' },
      { label: '(ii)', text: 'What has not, and why?' },
      { label: '(iii)', text: 'What next?' },
    ]);
  });

  it('leaves inline labels alone when they are not questions or not in sequence', () => {
    expect(
      findDiscussionPoints(['Recalling (a) resolution 1325 and (b) resolution 2250.']).items,
    ).toEqual([]);
    expect(findDiscussionPoints(['(a) Why? (c) How?']).items).toEqual([]);
  });

  it('reads a bulleted list under a heading named by its words', () => {
    const blocks = ['Focus of the discussion', '• Financing', '• Data', 'Format', 'The meeting …'];
    expect(findDiscussionPoints(blocks).items).toEqual([
      { label: '1', text: 'Financing' },
      { label: '2', text: 'Data' },
    ]);
    expect(findListSections(['What we hope to achieve', '• Awareness'], 'objectives')).toEqual([
      { label: '1', text: 'Awareness' },
    ]);
  });
});

describe('lists written inline or told by their content', () => {
  it('reads objectives and points inline after the lead-in that names them', () => {
    const blocks = [
      'The objectives of the debate are: (a) to take stock of the resolutions; (b) to identify barriers; and (c) to consider next steps.',
      'Member States may wish to focus their statements on: (a) national measures; and (b) financing. No outcome is expected.',
    ];
    expect(findInlineList(blocks, 'objectives').map((item) => item.text)).toEqual([
      'to take stock of the resolutions',
      'to identify barriers',
      'to consider next steps',
    ]);
    expect(findDiscussionPoints(blocks).items).toEqual([
      { label: '(a)', text: 'national measures' },
      { label: '(b)', text: 'financing' },
    ]);
  });

  it('reads "a) … ; b) …" as the French write it, labels as printed', () => {
    expect(
      readInlineList(
        "Elle a pour objectifs : a) de recenser les lacunes ; b) d'échanger des pratiques.",
      ),
    ).toEqual({
      leadIn: 'Elle a pour objectifs :',
      items: [
        { label: 'a)', text: 'de recenser les lacunes' },
        { label: 'b)', text: "d'échanger des pratiques" },
      ],
    });
  });

  it('takes a list under any heading when most of its items are questions', () => {
    const blocks = [
      'Framing the conversation',
      '- Why?',
      '- The role of data.',
      '- How?',
      'Format',
    ];
    expect(findDiscussionPoints(blocks).items.map((item) => item.label)).toEqual(['1', '2', '3']);
    expect(
      findDiscussionPoints(['Programme', '- Opening.', '- Briefings?', '- Closing.']).items,
    ).toEqual([]);
  });
});

describe('bullets of another mark under a list of bullets', () => {
  it('keeps them inside their parent point', () => {
    const blocks = ['Guiding questions', '• Why?', '▪ One reason.', '▪ Another.', '• How?'];
    expect(findDiscussionPoints(blocks).items).toEqual([
      { label: '1', text: 'Why?\nOne reason.\nAnother.' },
      { label: '2', text: 'How?' },
    ]);
  });
});

describe('questions run on after a label, each with its own number', () => {
  it('keeps the numbers the questions print (round 32)', () => {
    expect(
      readInlineList('Guiding questions: Q1. Who is most exposed? Q2. What limits exist?')?.items,
    ).toEqual([
      { label: 'Q1', text: 'Who is most exposed?' },
      { label: 'Q2', text: 'What limits exist?' },
    ]);
  });

  it('numbers them by position when not every one carries its number', () => {
    expect(
      readInlineList('Guiding questions: Q1. Who is most exposed? What limits exist?')?.items,
    ).toEqual([
      { label: '1', text: 'Q1. Who is most exposed?' },
      { label: '2', text: 'What limits exist?' },
    ]);
  });
});

// Round 32a: a meeting in parts puts its questions under each part's heading.
describe('findDiscussionPoints, questions under each panel', () => {
  it('reads the questions under the headings that follow one another, numbered on', () => {
    const blocks = [
      'Panel 1: Housing',
      'What has made support services available in rural areas?',
      'How can housing programmes avoid institutions?',
      'Panel 2: Participation',
      'Which measures have increased the number of persons with disabilities in office?',
      'How can voting be made accessible to all?',
      'Participation',
      'Member States are invited to attend.',
    ];
    expect(findDiscussionPoints(blocks).items.map(({ label }) => label)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });
});
