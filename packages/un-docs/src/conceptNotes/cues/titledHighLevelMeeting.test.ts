import { describe, expect, it } from 'vitest';
import { titledHighLevelMeeting } from './titledHighLevelMeeting.js';

function format(title: string): string | null {
  return titledHighLevelMeeting([title])?.format ?? null;
}

describe('titledHighLevelMeeting', () => {
  it('gives the format a title line names, with its own qualifiers only', () => {
    expect(format('High-level meeting of the General Assembly on antimicrobial resistance')).toBe(
      'high-level meeting',
    );
    expect(format('… the General Assembly’s High Level Meeting on Sustaining Peace 2018')).toBe(
      'high-level meeting',
    );
    expect(format('Reunión de alto nivel sobre la resistencia a los antimicrobianos')).toBe(
      'high-level meeting',
    );
  });

  it('reads no other kind', () => {
    expect(format('Intersessional meeting on human rights')).toBe(null);
  });
});
