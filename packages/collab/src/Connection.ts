import type { AwarenessIdentity } from './awarenessEntries.js';
import type { CloseCode } from './closeCodes.js';

/** One client's link to a room, independent of the transport. */
export interface Connection {
  /** Stable id for logs. */
  readonly id: string;
  /** Read-only connections receive the document and awareness but may not change the text. */
  readonly readOnly: boolean;
  /**
   * In Suggesting mode a connection may only add, mark or withdraw suggestions attributed to
   * its `identity` (see SuggestionCheck). Reviewers always are; a drafter may declare it.
   */
  readonly suggesting?: boolean;
  /**
   * The signed-in person behind the connection. When set, awareness entries from it carry
   * this name and colour, whatever the client sent.
   */
  readonly identity?: AwarenessIdentity;
  send(frame: Uint8Array): void;
  close(code: CloseCode, reason: string): void;
}
