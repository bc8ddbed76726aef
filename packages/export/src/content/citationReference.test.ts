import { describe, expect, it } from 'vitest';
import { citationReference } from './citationReference.js';

describe('citationReference', () => {
  it('reads a ready-made reference', () => {
    expect(citationReference({ reference: ' S/2011/552, para. 12 ' })).toBe('S/2011/552, para. 12');
    expect(citationReference({ citation: 'A/75/1, para. 3' })).toBe('A/75/1, para. 3');
  });

  it('composes symbol and paragraph', () => {
    expect(citationReference({ symbol: 'S/2011/552', paragraph: 12 })).toBe('S/2011/552, para. 12');
    expect(citationReference({ symbol: 'S/2011/552' })).toBe('S/2011/552');
  });

  it('falls back to a label or title, and to null when the mark carries nothing', () => {
    expect(citationReference({ title: 'Report of the Secretary-General' })).toBe(
      'Report of the Secretary-General',
    );
    expect(citationReference({ referenceId: 'abc', reference: '' })).toBeNull();
    expect(citationReference(undefined)).toBeNull();
  });
});
