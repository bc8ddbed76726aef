import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { subheadingTheme } from './subheadingTheme.js';

const LEDE =
  'In May, the Council will take up a busy programme of work, its President told reporters at Headquarters today, adding that civil society would brief wherever appropriate and that notes on closed consultations would again be given to the press, as part of an effort to make the work of the Council more transparent.';

function themes(heading: string, paragraph: string): string[] {
  return subheadingTheme(toNoteLayout(`${LEDE}\n\n${heading}\n\n${paragraph}`)).map(
    ({ value }) => value,
  );
}

describe('subheadingTheme', () => {
  it('reads the subject of a subheading the paragraph under it names again', () => {
    expect(
      themes(
        'Open Debate on Protecting Journalists in Armed Conflict',
        'The highlight of the month, an open debate on protecting journalists in armed conflicts, will take place on 3 May, he said.',
      ),
    ).toEqual(['Protecting Journalists in Armed Conflict']);
  });

  it('reads nothing when the paragraph announces another subject', () => {
    expect(
      themes(
        'Open Debate on Protecting Journalists in Armed Conflict',
        'The highlight of the month, an open debate on food insecurity, will take place on 3 May, he said.',
      ),
    ).toEqual([]);
  });
});
