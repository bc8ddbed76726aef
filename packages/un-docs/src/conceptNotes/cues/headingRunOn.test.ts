import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { headingRunOn } from './headingRunOn.js';

function themes(text: string): string[] {
  return headingRunOn(toNoteLayout(text)).map(({ value }) => value);
}

describe('headingRunOn', () => {
  it('reads the title run on in full before the days of a flattened page', () => {
    expect(
      themes(
        'CSW65 Women’s empowerment\n\nNew York, 23 March – Virtual attendance. Women’s empowerment and the link to sustainable development (Agreed Conclusions) Tuesday 23 March, 9.00 –11.00 a.m., Informal meeting Overview. The Commission will hold a dialogue.',
      ),
    ).toEqual(['Women’s empowerment and the link to sustainable development']);
  });

  it('leaves a sentence that only opens with the title words', () => {
    expect(
      themes(
        'Climate security\n\nClimate security remains high on the agenda. The Council will meet on Tuesday 4 May.',
      ),
    ).toEqual([]);
  });

  it('leaves a running header that repeats the title', () => {
    expect(
      themes(
        'Peacebuilding Commission\n\nPeacebuilding Commission - Concept Note (as of 3 May 2027)\n\nThe Commission will meet.',
      ),
    ).toEqual([]);
  });
});
