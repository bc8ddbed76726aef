import type { CloseCode } from './closeCodes.js';

/** One client's link to a room, independent of the transport. */
export interface Connection {
  /** Stable id for logs. */
  readonly id: string;
  /** Read-only connections receive the document and awareness but may not change the text. */
  readonly readOnly: boolean;
  send(frame: Uint8Array): void;
  close(code: CloseCode, reason: string): void;
}
