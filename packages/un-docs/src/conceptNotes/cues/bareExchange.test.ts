import { describe, expect, it } from 'vitest';
import { announcedBareKind } from './bareKind.js';

describe('a bare panel or discussion announced by its own sentence (round t43a)', () => {
  it('reads a panel that will take place on a day, as the subject of its verb', () => {
    expect(
      announcedBareKind(
        'The biennial panel on access to clean water will take place on 12 June in Room XXIII.',
      ),
    ).toBe('biennial panel');
    expect(
      announcedBareKind('The high-level panel on ocean governance will be held on 3 May 2028.'),
    ).toBe('high-level panel');
  });

  it('reads a discussion a body will hold on a day, its date in brackets after the day', () => {
    expect(
      announcedBareKind(
        'As part of its programme, the Council will hold tomorrow (9 October 2028) its annual discussion on rural women.',
      ),
    ).toBe('annual discussion');
    expect(
      announcedBareKind('The Committee will hold a discussion on migrant workers on 5 April 2028.'),
    ).toBe('discussion');
  });

  it('reads none where the panel is its panellists or the discussion a part of the meeting', () => {
    expect(
      announcedBareKind('On 12 June, the panel will explore the links between water and health.'),
    ).toBe(null);
    expect(
      announcedBareKind('The discussion will be moderated by the Vice-President on 12 June 2028.'),
    ).toBe(null);
    // A discussion recalled as held is no announcement.
    expect(
      announcedBareKind('The Council held its annual discussion on rural women on 9 October 2027.'),
    ).toBe(null);
  });
});
