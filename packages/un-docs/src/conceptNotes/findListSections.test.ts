import { describe, expect, it } from 'vitest';
import { findListSections } from './findListSections.js';

describe('findListSections', () => {
  it('reads objectives after a short lead-in that names them, however it runs (round t42d)', () => {
    for (const leadIn of [
      'As specific objectives, the meeting will also reflect on how to:',
      'Among its objectives, the dialogue will seek to:',
      'Como objetivos específicos, la reunión buscará:',
    ]) {
      const items = findListSections(
        [leadIn, '1) Review progress on financing;', '2) Identify gaps in support.'],
        'objectives',
      );
      expect(items.map((item) => item.label)).toEqual(['1)', '2)']);
    }
  });

  it('reads none after a lead-in naming no objectives, or naming questions too', () => {
    const lead = 'The meeting will also reflect on how to:';
    expect(
      findListSections([lead, '1) Review progress;', '2) Identify gaps.'], 'objectives'),
    ).toEqual([]);
    const both = 'Beyond its objectives, the questions before the meeting are:';
    expect(
      findListSections([both, '1) Review progress;', '2) Identify gaps.'], 'objectives'),
    ).toEqual([]);
  });

  it('reads infinitive paragraphs under a form row ending on its colon (round t43d)', () => {
    const items = findListSections(
      [
        'Purpose: The workshop seeks:',
        'To map the financing gaps of small island States in adaptation',
        'To compare the terms of concessional windows across the development banks',
        'Moderator: the Vice-Chair of the Commission',
      ],
      'objectives',
    );
    expect(items.map((item) => item.label)).toEqual(['1', '2']);
    expect(
      findListSections(
        ['Purpose: The workshop seeks:', 'Ms. Ana Lima, Ministry of Finance', 'Venue: Room 4'],
        'objectives',
      ),
    ).toEqual([]);
  });
});
