import { describe, expect, it } from 'vitest';
import { findInlineList } from '../findListSections.js';
import { exchangeIncludes } from './exchangeIncludes.js';

describe('exchangeIncludes', () => {
  it.each([
    ['The Commission will review its theme through an interactive dialogue that includes:', true],
    ['El Consejo celebrará un diálogo interactivo sobre la nutrición, que incluye:', true],
    ['Le Conseil tiendra un débat qui portera sur :', true],
    // A meeting's or an event's parts are its programme, not the points.
    ['The event will include:', false],
    ['The programme of the meeting, which includes:', false],
  ])('%s', (leadIn, expected) => {
    expect(exchangeIncludes(leadIn)).toBe(expected);
  });

  it('reads labels a flattened page glued to their items as points', () => {
    const block =
      'The Council holds an interactive dialogue that includes:(a)States presenting their practices;(b)Ways to close data gaps. A summary will follow.';
    expect(findInlineList([block], 'points')).toEqual([
      { label: '(a)', text: 'States presenting their practices' },
      { label: '(b)', text: 'Ways to close data gaps' },
    ]);
  });
});
