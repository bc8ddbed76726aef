// The entries of a y-protocols awareness update, so the server can check each one before it
// is applied: which client id it speaks for, and what it says about the person.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ProtocolError } from './protocol.js';

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

export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i += 1) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      entries.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder)) throw new ProtocolError('Trailing bytes after awareness');
    return entries;
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError('Malformed awareness update');
  }
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
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
