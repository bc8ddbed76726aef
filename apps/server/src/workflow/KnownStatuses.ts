// Each statement's workflow status as this process last read or set it, so that the update
// path (every stored batch asks "was this statement cleared?") does not read the database.
// A status change anywhere announces itself (`statement-access-changed` on the cluster), and
// the entry is forgotten: the next edit reads it once.
import type { StatementStatus } from '@plenary/storage';

type Known = Promise<StatementStatus | undefined>;

/**
 * One settled promise per status, shared by every statement that has it: an entry is the
 * statement's id and one of these, not a promise and a status string of its own.
 */
const settled = new Map<StatementStatus | undefined, Known>();

function settledAs(status: StatementStatus | undefined): Known {
  let known = settled.get(status);
  if (!known) settled.set(status, (known = Promise.resolve(status)));
  return known;
}

export class KnownStatuses {
  private readonly known = new Map<string, Known>();
  /** How many times an entry was forgotten: a status read before a forget may be out of date. */
  private forgotten = 0;

  constructor(
    private readonly read: (statementId: string) => Promise<StatementStatus | undefined>,
  ) {}

  get(statementId: string): Promise<StatementStatus | undefined> {
    let status = this.known.get(statementId);
    if (!status) {
      const reading = this.read(statementId);
      status = reading;
      this.known.set(statementId, reading);
      reading.then(
        (read) => {
          if (this.known.get(statementId) === reading) this.known.set(statementId, settledAs(read));
        },
        () => {
          if (this.known.get(statementId) === reading) this.known.delete(statementId);
        },
      );
    }
    return status;
  }

  set(statementId: string, status: StatementStatus): void {
    this.known.set(statementId, settledAs(status));
  }

  /** To be taken before reading a status elsewhere, and given back with it to `offer`. */
  get epoch(): number {
    return this.forgotten;
  }

  /**
   * A status read elsewhere (an open's access check reads the statement anyway), kept as if
   * read here unless a status is known already or any entry was forgotten since `epoch` was
   * taken (the read may predate that change). Undefined: not found, or in the Trash.
   */
  offer(statementId: string, status: StatementStatus | undefined, epoch: number): void {
    if (epoch !== this.forgotten || this.known.has(statementId)) return;
    this.known.set(statementId, settledAs(status));
  }

  forget(statementId: string): void {
    this.forgotten += 1;
    this.known.delete(statementId);
  }
}
