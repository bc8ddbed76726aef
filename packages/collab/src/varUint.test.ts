import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { encodeAwarenessEntry, joinAwarenessEntries } from './awarenessEntries.js';
import { varUintLength, writeVarUintAt } from './varUint.js';

const BOUNDARIES = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 2 ** 31, 2 ** 40];

describe('varUint', () => {
  it.each(BOUNDARIES)('writes %i as lib0 does, in the length it says', (value) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, value);
    const lib0 = encoding.toUint8Array(encoder);
    const out = new Uint8Array(varUintLength(value));
    expect(writeVarUintAt(out, 0, value)).toBe(out.length);
    expect(out).toEqual(lib0);
  });

  it.each([
    { cursor: { anchor: 3, head: 9 }, user: { name: 'Ana', color: '#336699' } },
    { user: { name: 'رئيس الوفد 代表团团长 🇺🇳', color: '#aa0000' } },
    { note: 'x'.repeat(20_000) },
    null,
  ])('encodes an awareness entry as y-protocols does (state %#)', (state) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 3_000_000_000);
    encoding.writeVarUint(encoder, 130);
    encoding.writeVarString(encoder, JSON.stringify(state));
    expect(encodeAwarenessEntry({ clientId: 3_000_000_000, clock: 130, state })).toEqual(
      encoding.toUint8Array(encoder),
    );
  });

  it('joins awareness entries as one lib0 encoder would', () => {
    // 130 entries: the count takes two bytes.
    const entries = Array.from({ length: 130 }, (_, i) =>
      encodeAwarenessEntry({ clientId: 1000 + i, clock: i, state: i % 7 ? { cursor: i } : null }),
    );
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, entries.length);
    for (const entry of entries) encoding.writeUint8Array(encoder, entry);
    expect(joinAwarenessEntries(entries)).toEqual(encoding.toUint8Array(encoder));
    expect(joinAwarenessEntries([])).toEqual(Uint8Array.of(0));
  });
});
