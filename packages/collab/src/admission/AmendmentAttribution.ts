// Amendments to a shared text are suggestion marks attributed to a person and the delegation
// they speak for. This check refuses an update that sets such a mark in anyone else's name:
// a delegation's members propose in their own delegation's name only.
import * as Y from 'yjs';
import { CloseCode } from '../closeCodes.js';
import type { Connection } from '../Connection.js';
import { decodeUpdateOnce } from '../updates.js';
import type { Refusal, UpdateAdmission } from './UpdateAdmission.js';

/** Who may be named on the marks a connection sets; undefined: the check does not apply. */
export interface Attribution {
  userId: string;
  delegationIds: readonly string[];
}

export class AmendmentAttribution implements UpdateAdmission {
  constructor(
    /** The format keys of the suggestion marks (e.g. suggestionInsert, suggestionDelete). */
    private readonly markKeys: readonly string[],
    private readonly attributionOf: (connection: Connection) => Attribution | undefined,
  ) {}

  admit(update: Uint8Array, doc: Y.Doc, connection: Connection): Refusal | undefined {
    const attribution = this.attributionOf(connection);
    if (!attribution) return undefined;
    for (const struct of decodeUpdateOnce(update).structs) {
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentFormat)) continue;
      // Marks the document already holds are skipped by Yjs and set nothing new: a client
      // resends them whenever its offline copy loads after its socket opened (a reloaded tab).
      if (struct.id.clock < Y.getState(doc.store, struct.id.client)) continue;
      const { key, value } = struct.content;
      // A null value ends a mark's range; only the opening carries attributes.
      if (!this.markKeys.includes(key) || value === null) continue;
      const problem = misattributed(value, attribution);
      if (problem) return { code: CloseCode.AmendmentNotOwn, detail: `${key}: ${problem}` };
    }
    return undefined;
  }
}

function misattributed(value: unknown, attribution: Attribution): string | undefined {
  if (typeof value !== 'object' || value === null) return 'attributes missing';
  const { authorId, delegationId } = value as Record<string, unknown>;
  if (authorId !== attribution.userId) return 'authorId is not the sender';
  if (typeof delegationId !== 'string' || !attribution.delegationIds.includes(delegationId))
    return 'delegationId is not a delegation the sender speaks for';
  return undefined;
}
