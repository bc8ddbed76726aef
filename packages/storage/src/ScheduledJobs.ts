import type { PlenaryDb } from './openSqliteDatabase.js';

/**
 * When each background job last ran, shared by every process on the database: a job due
 * every `intervalMs` is claimed by exactly one process, and a restart does not reset it.
 */
export class ScheduledJobs {
  constructor(private readonly db: PlenaryDb) {}

  /** True when this caller won the run that is due now; false if it is not due or taken. */
  async claim(name: string, intervalMs: number, now = new Date()): Promise<boolean> {
    await this.db
      .insertInto('scheduled_jobs')
      .values({ name, last_run_at: null })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const dueBefore = new Date(now.getTime() - intervalMs).toISOString();
    // One conditional UPDATE: of several processes, only the first sees the old value.
    const result = await this.db
      .updateTable('scheduled_jobs')
      .set({ last_run_at: now.toISOString() })
      .where('name', '=', name)
      .where((eb) => eb.or([eb('last_run_at', 'is', null), eb('last_run_at', '<=', dueBefore)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async lastRun(name: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('scheduled_jobs')
      .select('last_run_at')
      .where('name', '=', name)
      .executeTakeFirst();
    return row?.last_run_at ?? null;
  }
}
