import type { StatementVersionsTable, VersionKind } from './DatabaseSchema.js';
import type { PlenaryDb } from './openSqliteDatabase.js';

export interface VersionRecord {
  id: string;
  statementId: string;
  revision: number;
  kind: VersionKind;
  name: string;
  text: string;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
}

export class VersionRepository {
  constructor(private readonly db: PlenaryDb) {}

  async create(input: Omit<StatementVersionsTable, 'created_at'>): Promise<void> {
    await this.db
      .insertInto('statement_versions')
      .values({ ...input, created_at: new Date().toISOString() })
      .execute();
  }

  /** Versions of a statement, newest first, without their (large) Yjs state. */
  async list(statementId: string): Promise<VersionRecord[]> {
    const rows = await this.query()
      .where('v.statement_id', '=', statementId)
      .orderBy('v.created_at', 'desc')
      .orderBy('v.id')
      .execute();
    return rows.map(toVersion);
  }

  async get(id: string): Promise<VersionRecord | undefined> {
    const row = await this.query().where('v.id', '=', id).executeTakeFirst();
    return row && toVersion(row);
  }

  async state(id: string): Promise<Uint8Array | undefined> {
    const row = await this.db
      .selectFrom('statement_versions')
      .select('state')
      .where('id', '=', id)
      .executeTakeFirst();
    return row && new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength);
  }

  /** The newest version's text, to skip automatic versions that would change nothing. */
  async latestText(statementId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('statement_versions')
      .select('text')
      .where('statement_id', '=', statementId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row?.text;
  }

  private query() {
    return this.db
      .selectFrom('statement_versions as v')
      .leftJoin('users as u', 'u.id', 'v.created_by')
      .select([
        'v.id',
        'v.statement_id',
        'v.revision',
        'v.kind',
        'v.name',
        'v.text',
        'v.created_by',
        'v.created_at',
        'u.display_name',
      ]);
  }
}

function toVersion(row: {
  id: string;
  statement_id: string;
  revision: number;
  kind: VersionKind;
  name: string;
  text: string;
  created_by: string | null;
  created_at: string;
  display_name: string | null;
}): VersionRecord {
  return {
    id: row.id,
    statementId: row.statement_id,
    revision: row.revision,
    kind: row.kind,
    name: row.name,
    text: row.text,
    createdBy: row.created_by,
    createdByName: row.display_name,
    createdAt: row.created_at,
  };
}
