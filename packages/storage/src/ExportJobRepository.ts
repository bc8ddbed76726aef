import type { PlenaryDb } from './openSqliteDatabase.js';

export type ExportJobStatus = 'running' | 'done' | 'failed';

export interface ExportJobRecord {
  id: string;
  debateId: string;
  requestedBy: string;
  format: string;
  status: ExportJobStatus;
  done: number;
  total: number;
  fileName: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export class ExportJobRepository {
  constructor(private readonly db: PlenaryDb) {}

  async create(job: {
    id: string;
    debateId: string;
    requestedBy: string;
    format: string;
    total: number;
  }): Promise<void> {
    await this.db
      .insertInto('export_jobs')
      .values({
        id: job.id,
        debate_id: job.debateId,
        requested_by: job.requestedBy,
        format: job.format,
        status: 'running',
        done: 0,
        total: job.total,
        file_name: null,
        result: null,
        error: null,
        created_at: new Date().toISOString(),
        finished_at: null,
      })
      .execute();
  }

  async progress(id: string, done: number, total: number): Promise<void> {
    await this.db.updateTable('export_jobs').set({ done, total }).where('id', '=', id).execute();
  }

  async finish(
    id: string,
    result: { fileName: string; bytes: Uint8Array } | { error: string },
  ): Promise<void> {
    const finishedAt = new Date().toISOString();
    await this.db
      .updateTable('export_jobs')
      .set(
        'error' in result
          ? { status: 'failed', error: result.error, finished_at: finishedAt }
          : {
              status: 'done',
              file_name: result.fileName,
              result: result.bytes,
              finished_at: finishedAt,
            },
      )
      .where('id', '=', id)
      .execute();
  }

  async get(id: string): Promise<ExportJobRecord | undefined> {
    const row = await this.db
      .selectFrom('export_jobs')
      .select([
        'id',
        'debate_id',
        'requested_by',
        'format',
        'status',
        'done',
        'total',
        'file_name',
        'error',
        'created_at',
        'finished_at',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        debateId: row.debate_id,
        requestedBy: row.requested_by,
        format: row.format,
        status: row.status as ExportJobStatus,
        done: row.done,
        total: row.total,
        fileName: row.file_name,
        error: row.error,
        createdAt: row.created_at,
        finishedAt: row.finished_at,
      }
    );
  }

  async result(id: string): Promise<Uint8Array | undefined> {
    const row = await this.db
      .selectFrom('export_jobs')
      .select('result')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.result
      ? new Uint8Array(row.result.buffer, row.result.byteOffset, row.result.byteLength)
      : undefined;
  }
}
