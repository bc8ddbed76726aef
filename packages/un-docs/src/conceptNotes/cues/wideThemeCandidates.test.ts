import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { candidate } from './Candidate.js';
import { chooseTheme, noteContext } from './themeChooser.js';
import { THEME_WEIGHTS } from './themeWeights.js';
import { wideThemeCandidates } from './wideThemeCandidates.js';

const TEXT = [
  'Open debate of the Security Council',
  'Climate and security: risks ahead - New York',
  'The Council will hold an open debate on the theme “Climate, peace and security” on 4 May 2027, at 10 a.m.',
  'La reunión será sobre la pandemia de COVID-19 para el 3 de diciembre.',
].join('\n\n');

// Session 29: the wide candidates name no text's shape; the chooser is learned from the corpus.
describe('wide theme candidates', () => {
  const values = wideThemeCandidates(toNoteLayout(TEXT), []).map(({ value }) => value);

  it.each([
    ['a first line whole', 'Open debate of the Security Council'],
    ['a title line cut at its marks', 'Climate and security: risks ahead'],
    ['a title line part', 'risks ahead'],
    ['a quotation', 'Climate, peace and security'],
    ['the span after a subject word, to the clause end', 'la pandemia de COVID-19'],
  ])('proposes %s', (_, value) => {
    expect(values).toContain(value);
  });

  it('keeps a cue’s value as given and marks the one the cues choose', () => {
    const cued = [candidate('Climate, peace and security', 0.9, 'x', 'test')];
    const wide = wideThemeCandidates(toNoteLayout(TEXT), cued);
    expect(wide.find((c) => c.cueChosen)?.value).toBe('Climate, peace and security');
  });
});

describe('the learned chooser', () => {
  it('chooses none among no candidates', () => {
    expect(chooseTheme([], noteContext('', 0), THEME_WEIGHTS, false)).toEqual({
      chosen: null,
      probability: 1,
    });
  });
});
