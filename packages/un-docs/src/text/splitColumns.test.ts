import { describe, expect, it } from 'vitest';
import { splitColumns } from './splitColumns.js';

describe('splitColumns', () => {
  it('splits a header laid out in columns', () => {
    expect(splitColumns('United Nations      S/2022/154')).toEqual([
      'United Nations',
      '',
      'S/2022/154',
      '',
    ]);
  });

  it("keeps a field's value on its label's line across a run of spaces", () => {
    expect(splitColumns('Organizer:    United Nations Institute')).toEqual([
      'Organizer: United Nations Institute',
    ]);
    expect(splitColumns('Lieu :      Palais des Nations')).toEqual(['Lieu : Palais des Nations']);
  });
});
