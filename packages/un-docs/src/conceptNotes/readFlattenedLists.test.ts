import { describe, expect, it } from 'vitest';
import { readInfinitiveList } from './readInfinitiveList.js';
import { readNumberedQuestions } from './readNumberedQuestions.js';

// Round 11: lists whose marks a page or letter flattened to one line lost.
describe('readInfinitiveList', () => {
  it('reads objectives separated by semicolons after "aims:"', () => {
    const block =
      'Objectives: The panel will focus on water. The panel discussion aims: To exchange views on the service; To identify challenges and share practices; and To promote better understanding of norms. Chair: H.E. Mr. X';
    expect(readInfinitiveList(block)?.items).toEqual([
      { label: '1', text: 'To exchange views on the service' },
      { label: '2', text: 'To identify challenges and share practices' },
      { label: '3', text: 'To promote better understanding of norms' },
    ]);
  });

  it('reads objectives with no mark between them and stops at a sentence that is none', () => {
    const block =
      'It decided to convene a panel. Focus and objectives To promote a better understanding of parliaments To discuss and explore the modalities of their contribution. To this end, the panel will examine ways.';
    expect(readInfinitiveList(block)?.items.map((item) => item.text)).toEqual([
      'To promote a better understanding of parliaments',
      'To discuss and explore the modalities of their contribution',
    ]);
  });

  it('reads nothing without a lead-in naming objectives, or from one infinitive', () => {
    expect(
      readInfinitiveList('The meeting will start at 10. To register, To attend and To speak.'),
    ).toBeNull();
    expect(readInfinitiveList('The aims: To exchange views on the service.')).toBeNull();
  });
});

describe('readNumberedQuestions', () => {
  it('reads questions numbered inline after a colon, even one', () => {
    const block =
      'We have set out the following questions for your consideration ahead of the meeting: 1. How can we combine efforts? 2. What should change?';
    expect(readNumberedQuestions(block)).toEqual({
      leadIn:
        'We have set out the following questions for your consideration ahead of the meeting:',
      items: [
        { label: '1', text: 'How can we combine efforts?' },
        { label: '2', text: 'What should change?' },
      ],
    });
    expect(readNumberedQuestions('The questions: 1. How can we help?')?.items).toHaveLength(1);
  });

  it('reads no statement, and no number that does not start at 1', () => {
    expect(readNumberedQuestions('Agenda: 1. Opening of the meeting. 2. Adoption.')).toBeNull();
    expect(readNumberedQuestions('See paragraphs: 3. How can we help?')).toBeNull();
  });
});
