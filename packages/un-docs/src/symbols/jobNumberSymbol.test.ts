import { describe, expect, it } from 'vitest';
import { jobNumberSymbol } from './jobNumberSymbol.js';

describe('jobNumberSymbol (round t43b)', () => {
  it('reads the symbol a flattened footer prints beside the job number', () => {
    expect(
      jobNumberSymbol(
        'Statements may be sent in advance. ______ A/HRC/58/OD.4 GE.31-04512 -2- Draft programme of work',
      ),
    ).toBe('A/HRC/58/OD.4');
    expect(jobNumberSymbol('… end of the note. S/2031/77 31-01234 (E) 040331')).toBe('S/2031/77');
  });

  it('reads no symbol cited in a sentence, nor one without a job number', () => {
    expect(
      jobNumberSymbol('The report (A/HRC/58/30) was presented on 12 March 2031 by the Chair.'),
    ).toBeNull();
    expect(jobNumberSymbol('See resolution A/RES/85/1 and document E/2031/12.')).toBeNull();
  });
});
