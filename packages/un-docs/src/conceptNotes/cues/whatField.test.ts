import { describe, expect, it } from 'vitest';
import { whatFieldFormat } from './whatField.js';

describe('a media advisory’s “What:” field (round t43a)', () => {
  it('gives the kind of the vocabulary its value names, with its qualifiers', () => {
    expect(whatFieldFormat('Annual session of the Committee on Rural Roads')).toBe(
      'annual session',
    );
    expect(whatFieldFormat('Security Council open debate on desert locusts')).toBe('open debate');
  });

  it('gives the bare segment, session or debate heading a short name', () => {
    expect(whatFieldFormat('General Assembly Fisheries Segment')).toBe('segment');
    expect(whatFieldFormat('Twelfth session of the Working Party on Road Safety')).toBe('session');
  });

  it('gives none for a name of no kind or for a sentence', () => {
    expect(whatFieldFormat('Press conference by the Special Envoy')).toBe(null);
    expect(
      whatFieldFormat(
        'The Envoy will brief journalists on the outcome of the talks and take questions from the press after the segment ends',
      ),
    ).toBe(null);
  });
});
