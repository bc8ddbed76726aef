import { describe, expect, it } from 'vitest';
import { headingTopic } from './cues/listHeadingWords.js';
import { findDiscussionPoints } from './findDiscussionPoints.js';
import { findListSections } from './findListSections.js';

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
