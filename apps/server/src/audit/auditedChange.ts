// The one way services change data that is audited: the change and its audit record are
// written in one transaction, so a crash or a failed write never leaves one without the other.
import type { AuditEventInput, Stores } from '@plenary/storage';

/**
 * Runs `change` with stores bound to a transaction, then records `event` (computed from the
 * change's result; null records nothing) in the same transaction. Inside `change`, use only
 * the stores it is given.
 */
export function auditedChange<T>(
  stores: Stores,
  change: (tx: Stores) => Promise<T>,
  event: AuditEventInput | ((result: T) => AuditEventInput | null),
): Promise<T> {
  return stores.transaction(async (tx) => {
    const result = await change(tx);
    const record = typeof event === 'function' ? event(result) : event;
    if (record) await tx.audit.record(record);
    return result;
  });
}
