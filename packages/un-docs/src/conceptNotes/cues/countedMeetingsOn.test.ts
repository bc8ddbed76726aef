import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { countedMeetingsOn } from './countedMeetingsOn.js';

const themes = (text: string) => countedMeetingsOn(toNoteLayout(text)).map(({ value }) => value);

describe('countedMeetingsOn (round t43b)', () => {
  it.each([
    [
      'The Council will convene two ministerial meetings in March, the first on water scarcity and conflict and the second on the situation in the Great Lakes region, its President told reporters.',
      'water scarcity and conflict',
    ],
    [
      'The programme for May would include two open debates, respectively, on the protection of journalists, and on children and armed conflict, the Ambassador said.',
      'the protection of journalists',
    ],
    [
      'Le Conseil tiendra deux débats publics, le premier sur la sécurité alimentaire et le second sur les femmes et la paix.',
      'la sécurité alimentaire',
    ],
    [
      'Open high-level debates on the topic of the reform of peace operations will be held on 3 June and open debates on the situation in Yemen will be held on 5 June.',
      'the reform of peace operations',
    ],
  ])('reads the first of the meetings the sentence names in turn: %s', (text, theme) => {
    expect(themes(text)).toEqual([theme]);
  });

  it('reads nothing when a sentence before announces a meeting of its own', () => {
    expect(
      themes(
        'The Council would hold an open debate on maritime security on 4 June, the President said. Two meetings on the situation in Libya would follow later in the month.',
      ),
    ).toEqual([]);
  });

  it('reads no meetings the text only counts, nor meetings held', () => {
    expect(themes('The Council held two meetings last week.')).toEqual([]);
    expect(themes('Two open debates were held in March on the situation in Syria.')).toEqual([]);
  });
});
