// The entries of a y-protocols awareness update, so the server can check each one before it
// is applied: which client id it speaks for, and what it says about the person.
import * as decoding from 'lib0/decoding';
import { ProtocolError } from './protocol.js';
import { varUintLength, writeVarUintAt } from './varUint.js';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The parsed JSON state; null removes the client. */
  state: unknown;
}

/** Who a connection is, as the server knows it from the session. */
export interface AwarenessIdentity {
  userId: string;
  name: string;
  color: string;
}

/**
 * Where an entry sits in its update: who it speaks for, at which clock, and the byte range of
 * its JSON state, read only if the server keeps the entry (stock clients echo every entry they
 * receive, and the server drops the echoes: parsing them was most of the awareness work).
 */
export interface AwarenessHead {
  clientId: number;
  clock: number;
  stateStart: number;
  stateEnd: number;
}

/** The entries' heads; throws a ProtocolError unless the update is well formed around them. */
export function readAwarenessHeads(update: Uint8Array): AwarenessHead[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const heads: AwarenessHead[] = [];
    for (let i = 0; i < count; i += 1) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const length = decoding.readVarUint(decoder);
      const stateStart = decoder.pos;
      if (stateStart + length > update.length) throw new ProtocolError('Awareness state cut off');
      decoder.pos += length;
      heads.push({ clientId, clock, stateStart, stateEnd: decoder.pos });
    }
    if (decoding.hasContent(decoder)) throw new ProtocolError('Trailing bytes after awareness');
    return heads;
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError('Malformed awareness update');
  }
}

// As lib0 reads strings (and so y-protocols the states): invalid UTF-8 is refused.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The entry at `head`, its state parsed; throws a ProtocolError if the state is not JSON. */
export function readAwarenessEntry(update: Uint8Array, head: AwarenessHead): AwarenessEntry {
  let state: unknown;
  try {
    state = JSON.parse(utf8.decode(update.subarray(head.stateStart, head.stateEnd)));
  } catch {
    throw new ProtocolError('Malformed awareness state');
  }
  return { clientId: head.clientId, clock: head.clock, state };
}

export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  return readAwarenessHeads(update).map((head) => readAwarenessEntry(update, head));
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  return joinAwarenessEntries(entries.map(encodeAwarenessEntry));
}

const utf8Encoder = new TextEncoder();

/**
 * One entry as it sits in an update (y-protocols' layout), to be joined with others: its client
 * id, clock and JSON state as a varString, written as lib0 would, in one buffer of the exact size.
 */
export function encodeAwarenessEntry({ clientId, clock, state }: AwarenessEntry): Uint8Array {
  const json = utf8Encoder.encode(JSON.stringify(state));
  const out = new Uint8Array(
    varUintLength(clientId) + varUintLength(clock) + varUintLength(json.length) + json.length,
  );
  let pos = writeVarUintAt(out, 0, clientId);
  pos = writeVarUintAt(out, pos, clock);
  out.set(json, writeVarUintAt(out, pos, json.length));
  return out;
}

/** The update made of entries encoded one by one (`encodeAwarenessEntry`). */
export function joinAwarenessEntries(entries: readonly Uint8Array[]): Uint8Array {
  let size = varUintLength(entries.length);
  for (const entry of entries) size += entry.length;
  // One allocation of the exact size (a lib0 encoder makes three for an entry or two).
  const out = new Uint8Array(size);
  let pos = writeVarUintAt(out, 0, entries.length);
  for (const entry of entries) {
    out.set(entry, pos);
    pos += entry.length;
  }
  return out;
}

/** The entry with `user` (name and colour on carets and avatars) taken from the session. */
export function withIdentity(entry: AwarenessEntry, identity: AwarenessIdentity): AwarenessEntry {
  if (entry.state === null) return entry;
  const state =
    typeof entry.state === 'object' && !Array.isArray(entry.state)
      ? (entry.state as Record<string, unknown>)
      : {};
  return { ...entry, state: { ...state, user: { name: identity.name, color: identity.color } } };
}
