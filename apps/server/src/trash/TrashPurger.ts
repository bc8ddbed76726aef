// Purges what has been in the Trash longer than the retention period. Every process runs the
// timer, but the schedule lives in the database (`scheduled_jobs`): one process wins each run,
// and a restart neither skips nor repeats one.
import type { Stores } from '@plenary/storage';
import { auditedChange } from '../audit/auditedChange.js';
import type { Logger } from '../logger.js';

export const PURGE_JOB = 'trash.purge';
const DAY_MS = 24 * 60 * 60 * 1000;
/** How often a process asks whether a run is due (runs themselves follow the interval). */
const CHECK_EVERY_MS = 60_000;

export interface PurgeResult {
  statements: number;
  debates: number;
  references: number;
  comments: number;
}

export class TrashPurger {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PurgeResult | null> | undefined;

  constructor(
    private readonly stores: Stores,
    private readonly options: { retentionDays: number; intervalMs: number },
    private readonly logger: Logger,
  ) {}

  start(): void {
    const check = (): void => void this.tick();
    check();
    this.timer = setInterval(check, Math.min(CHECK_EVERY_MS, this.options.intervalMs));
    this.timer.unref();
  }

  /** Waits for a run in progress, so the database is not closed under it. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs the purge if it is due and no other process claimed it; null when it did not run. */
  tick(now = new Date()): Promise<PurgeResult | null> {
    this.running ??= this.claimAndPurge(now).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async claimAndPurge(now: Date): Promise<PurgeResult | null> {
    try {
      if (!(await this.stores.jobs.claim(PURGE_JOB, this.options.intervalMs, now))) return null;
      const result = await this.purge(now);
      this.logger.info({ job: PURGE_JOB, ...result }, 'trash purged');
      return result;
    } catch (err) {
      this.logger.error({ err, job: PURGE_JOB }, 'trash purge failed; it runs again next time');
      return null;
    }
  }

  /** Deletes for good everything deleted before the retention cutoff. */
  async purge(now = new Date()): Promise<PurgeResult> {
    const cutoff = new Date(now.getTime() - this.options.retentionDays * DAY_MS).toISOString();
    const statements = await this.stores.statements.trashedBefore(cutoff);
    for (const id of statements) {
      await this.removeWithRecord('statement', id, (tx) => tx.statements.remove(id));
    }
    const references = await this.stores.references.trashedBefore(cutoff);
    for (const id of references) {
      await this.removeWithRecord('reference', id, (tx) => tx.references.remove(id));
    }
    const debates = await this.stores.debates.trashedBefore(cutoff);
    for (const id of debates) {
      await this.removeWithRecord('debate', id, (tx) => tx.debates.remove(id));
    }
    const comments = await this.stores.comments.purgeBefore(cutoff);
    return {
      statements: statements.length,
      debates: debates.length,
      references: references.length,
      comments,
    };
  }

  private removeWithRecord(
    subjectType: string,
    subjectId: string,
    remove: (tx: Stores) => Promise<unknown>,
  ): Promise<unknown> {
    return auditedChange(this.stores, remove, {
      actorId: null,
      action: `${subjectType}.purged`,
      // The debate's own audit trail goes with it; the purge record stays system-wide.
      debateId: null,
      subjectType,
      subjectId,
    });
  }
}
