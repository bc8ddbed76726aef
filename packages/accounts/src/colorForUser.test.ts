import { describe, expect, it } from 'vitest';
import { colorForUser, USER_PALETTE } from './colorForUser.js';

describe('colorForUser', () => {
  it('gives every key one of the palette colours, the same each time', () => {
    for (let i = 0; i < 100; i += 1) {
      const id = `user-${i * 7919}`;
      expect(USER_PALETTE).toContain(colorForUser(id));
      expect(colorForUser(id)).toBe(colorForUser(` ${id.toUpperCase()} `));
    }
  });

  it('spreads ids over several colours', () => {
    const used = new Set(Array.from({ length: 50 }, (_, i) => colorForUser(`id-${i}`)));
    expect(used.size).toBeGreaterThan(4);
  });
});
