// Each statement's workflow status as this process last read or set it, so that the update
// path (every stored batch asks "was this statement cleared?") does not read the database.
// A status change anywhere announces itself (`statement-access-changed` on the cluster), and
// the entry is forgotten: the next edit reads it once.
import type { StatementStatus } from '@plenary/storage';

export class KnownStatuses {
  private readonly known = new Map<string, Promise<StatementStatus | undefined>>();

  constructor(
    private readonly read: (statementId: string) => Promise<StatementStatus | undefined>,
  ) {}

  get(statementId: string): Promise<StatementStatus | undefined> {
    let status = this.known.get(statementId);
    if (!status) {
      const reading = this.read(statementId);
      status = reading;
      this.known.set(statementId, reading);
      reading.catch(() => {
        if (this.known.get(statementId) === reading) this.known.delete(statementId);
      });
    }
    return status;
  }

  set(statementId: string, status: StatementStatus): void {
    this.known.set(statementId, Promise.resolve(status));
  }

  forget(statementId: string): void {
    this.known.delete(statementId);
  }
}
