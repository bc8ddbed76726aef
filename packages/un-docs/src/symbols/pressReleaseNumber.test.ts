import { describe, expect, it } from 'vitest';
import { findSymbol } from './findSymbol.js';
import { isPressReleaseNumber } from './pressReleaseNumber.js';

describe('isPressReleaseNumber', () => {
  it('reads the press services series, not document symbols', () => {
    for (const number of ['SC/16221', 'CS/15990', 'GA/12010', 'GA/EF/3380', 'SG/SM/22000'])
      expect(isPressReleaseNumber(number)).toBe(true);
    for (const symbol of ['S/2025/301', 'A/78/456', 'A/HRC/55/7', 'PBC/21/OC/CN.4'])
      expect(isPressReleaseNumber(symbol)).toBe(false);
  });

  it('leaves a press release without a symbol', () => {
    expect(findSymbol(['10044th Meeting (AM)', 'SC/16221', 'Security Council Holds …'])).toBe(null);
  });
});
