import * as Y from 'yjs';
import { ProtocolError } from './protocol.js';

/** Origin of changes that came from another process or from the store: never re-published. */
export const REMOTE_ORIGIN = Symbol('remote');
/** Origin of changes the server makes itself (e.g. restoring a version). */
export const SERVER_ORIGIN = Symbol('server');

/** Whether a Yjs update carries no change. Throws a ProtocolError unless it decodes. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return structs.length === 0 && ds.clients.size === 0;
  } catch {
    throw new ProtocolError('Invalid Yjs update');
  }
}
