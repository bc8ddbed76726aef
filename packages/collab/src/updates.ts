import * as Y from 'yjs';
import { ProtocolError } from './protocol.js';

/** Origin of changes that came from another process or from the store: never re-published. */
export const REMOTE_ORIGIN = Symbol('remote');
/** Origin of changes the server makes itself (e.g. restoring a version). */
export const SERVER_ORIGIN = Symbol('server');

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

// An update is read by several steps before it is applied (is it empty, what does it add, may
// this connection make it): each gets the same decoding, keyed by the update's bytes object.
const decoded = new WeakMap<Uint8Array, DecodedUpdate>();

/** The update's structs and delete set, decoded at most once. Throws a ProtocolError unless it decodes. */
export function decodeUpdateOnce(update: Uint8Array): DecodedUpdate {
  let result = decoded.get(update);
  if (result) return result;
  try {
    result = Y.decodeUpdate(update);
  } catch {
    throw new ProtocolError('Invalid Yjs update');
  }
  decoded.set(update, result);
  return result;
}

/** What a client with nothing new sends as its sync reply: no structs, no deletions. */
export function isNothingUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}

/** Whether a Yjs update carries no change. Throws a ProtocolError unless it decodes. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  if (isNothingUpdate(update)) return true;
  const { structs, ds } = decodeUpdateOnce(update);
  return structs.length === 0 && ds.clients.size === 0;
}
