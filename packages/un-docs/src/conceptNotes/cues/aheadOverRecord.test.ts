import { describe, expect, it } from 'vitest';
import { aheadOverRecord } from './aheadOverRecord.js';

const namesKind = (text: string): boolean => /open debate|briefing/u.test(text);

describe('aheadOverRecord', () => {
  it('takes the sentence looking ahead when the first kind named is recalled as held', () => {
    const held = 'Last Tuesday the Security Council held an open debate on civilians.';
    const ahead = 'A briefing on the Sahel will take place on Thursday, 14 May 2027.';
    expect(aheadOverRecord([{ text: held }, { text: ahead }], namesKind)).toBe(ahead);
  });

  it('keeps the first kind when it is not recalled as held', () => {
    const first = 'The Council will hold an open debate on civilians on 5 May.';
    const later = 'A briefing on the Sahel will take place on Thursday, 14 May 2027.';
    expect(aheadOverRecord([{ text: first }, { text: later }], namesKind)).toBeNull();
  });
});
