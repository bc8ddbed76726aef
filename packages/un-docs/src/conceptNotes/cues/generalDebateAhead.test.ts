import { describe, expect, it } from 'vitest';
import { generalDebateAhead, namesGeneralDebate } from './generalDebateAhead.js';

describe('generalDebateAhead', () => {
  it('reads the general debate a sentence gives the theme of', () => {
    expect(
      generalDebateAhead(
        'Bozkir said the theme of this year’s General Debate will be “The Future We Want”.',
      ),
    ).toBe('general debate');
  });

  it('reads the general debate a sentence looks ahead to, in the six languages', () => {
    expect(
      generalDebateAhead(
        'Representantes de todos los Estados intervendrán durante el debate general.',
      ),
    ).toBe('general debate');
    expect(generalDebateAhead('Le débat général annuel s’ouvrira le 22 septembre.')).toBe(
      'annual general debate',
    );
    expect(namesGeneralDebate('ستعقد الجمعية العامة المناقشة العامة يوم 22 شتنبر')).toBe(true);
    expect(namesGeneralDebate('Генассамблея проведёт общие прения 22 сентября')).toBe(true);
    expect(namesGeneralDebate('联合国大会一般性辩论将于9月22日开始')).toBe(true);
  });

  it('leaves a general debate that was held, or named in passing', () => {
    expect(generalDebateAhead('The general debate was held in September.')).toBeNull();
    expect(generalDebateAhead('He spoke during the general debate last year.')).toBeNull();
  });
});
