import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { seriesConvener } from './seriesConvener.js';

function convener(text: string): string | null {
  return seriesConvener(toNoteLayout(text))[0]?.value ?? null;
}

describe('seriesConvener', () => {
  it.each([
    [
      'The Peacebuilding Commission (PBC) convened a series of meetings at the expert-level to discuss the report. The third meeting will be held on 7 September.',
      'the Peacebuilding Commission',
    ],
    [
      'The General Assembly is holding a series of interactive dialogues on the Sustainable Development Goals.',
      'the General Assembly',
    ],
    [
      'In 2026, the Economic and Social Council has organized a series of informal briefings on financing.',
      'the Economic and Social Council',
    ],
  ])('reads the body running the series in %s', (text, expected) => {
    expect(convener(text)).toBe(expected);
  });

  it.each([
    // A series the body only took part in, or a single meeting, is not its series.
    'Members of the Peacebuilding Commission attended a series of meetings in Freetown.',
    'The Peacebuilding Commission convened a meeting on Sierra Leone.',
    'Norway convened a series of meetings on the report.',
  ])('names no convener in %s', (text) => {
    expect(convener(text)).toBeNull();
  });
});
