// The one place where a room decides whether it takes an update before storing it. Limits
// (DocumentLimits) plug in here; so can other checks, e.g. what a reviewer may change.
import type * as Y from 'yjs';
import type { CloseCode } from '../closeCodes.js';
import type { Connection } from '../Connection.js';

/** Why an update was refused: the sender is closed with `code`, nothing of it is stored. */
export interface Refusal {
  code: CloseCode;
  /** For the log: which limit, and by how much. */
  detail: string;
}

/**
 * Called in the room's update queue, before the update is stored, with the document the update
 * would apply to. Must be cheap: it runs for every keystroke.
 */
export interface UpdateAdmission {
  admit(update: Uint8Array, doc: Y.Doc, connection: Connection): Refusal | undefined;
}

/** Every admission in turn; the first refusal wins. */
export function allOf(...admissions: readonly UpdateAdmission[]): UpdateAdmission {
  return new AllOf(admissions);
}

/** An object with the admissions in a field, not a closure per room (a room keeps one). */
class AllOf implements UpdateAdmission {
  constructor(private readonly admissions: readonly UpdateAdmission[]) {}

  admit(update: Uint8Array, doc: Y.Doc, connection: Connection): Refusal | undefined {
    for (const admission of this.admissions) {
      const refusal = admission.admit(update, doc, connection);
      if (refusal) return refusal;
    }
    return undefined;
  }
}
