import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  decodeClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  ProtocolError,
} from './protocol.js';

describe('y-websocket protocol codec', () => {
  it('decodes the frames a stock client writes with y-protocols', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, 0);
    syncProtocol.writeSyncStep1(step1, doc);
    const decoded = decodeClientMessage(encoding.toUint8Array(step1));
    expect(decoded).toEqual({ kind: 'sync-step1', stateVector: Y.encodeStateVector(doc) });
  });

  it('round-trips every message kind it encodes', () => {
    const payload = Uint8Array.of(1, 2, 3);
    expect(decodeClientMessage(encodeSyncStep1(payload))).toEqual({
      kind: 'sync-step1',
      stateVector: payload,
    });
    expect(decodeClientMessage(encodeSyncStep2(payload))).toEqual({
      kind: 'sync-step2',
      update: payload,
    });
    expect(decodeClientMessage(encodeUpdate(payload))).toEqual({ kind: 'update', update: payload });
    expect(decodeClientMessage(encodeAwareness(payload))).toEqual({
      kind: 'awareness',
      update: payload,
    });
    expect(decodeClientMessage(Uint8Array.of(3))).toEqual({ kind: 'query-awareness' });
  });

  it.each([0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152])(
    'writes each frame byte for byte as lib0 lays it out, with a %i-byte payload',
    (length) => {
      const payload = Uint8Array.from({ length }, (_, i) => i % 251);
      // As hex: comparing megabytes element by element takes vitest seconds.
      const lib0Frame = (header: number[]): string => {
        const encoder = encoding.createEncoder();
        for (const byte of header) encoding.writeVarUint(encoder, byte);
        encoding.writeVarUint8Array(encoder, payload);
        return Buffer.from(encoding.toUint8Array(encoder)).toString('hex');
      };
      const hex = (frame: Uint8Array): string => Buffer.from(frame).toString('hex');
      expect(hex(encodeSyncStep1(payload))).toBe(lib0Frame([0, 0]));
      expect(hex(encodeSyncStep2(payload))).toBe(lib0Frame([0, 1]));
      expect(hex(encodeUpdate(payload))).toBe(lib0Frame([0, 2]));
      expect(hex(encodeAwareness(payload))).toBe(lib0Frame([1]));
    },
  );

  it.each([
    ['an empty frame', Uint8Array.of()],
    ['an unknown message type', Uint8Array.of(42)],
    ['an auth message from a client', Uint8Array.of(2, 0)],
    ['an unknown sync type', Uint8Array.of(0, 9, 0)],
    ['a payload longer than the frame', Uint8Array.of(0, 2, 10, 1, 2)],
    ['trailing bytes', Uint8Array.of(3, 0)],
    ['a varint that never ends', Uint8Array.of(0xff, 0xff, 0xff)],
  ])('rejects %s with a ProtocolError', (_name, frame) => {
    expect(() => decodeClientMessage(frame)).toThrow(ProtocolError);
  });
});
