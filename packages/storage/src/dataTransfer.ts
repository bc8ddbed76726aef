// Moves a whole installation between stores (SQLite ⇄ PostgreSQL) as JSON lines:
// one `{"table": …, "row": …}` per row, tables in dependency order, bytes as base64.
import { sql } from 'kysely';
import type { DatabaseSchema } from './DatabaseSchema.js';
import type { Stores } from './Stores.js';

/** Tables in an order that satisfies foreign keys on import. */
export const TRANSFER_TABLES = [
  'users',
  'sessions',
  'known_devices',
  'debates',
  'debate_organizers',
  'delegations',
  'memberships',
  'invitations',
  'statements',
  'statement_delegations',
  'document_updates',
  'audit_events',
  'discussion_points',
  'concept_notes',
  'reference_documents',
  'reference_paragraphs',
  'comment_threads',
  'comments',
  'notifications',
  'statement_versions',
  'outcome_documents',
  'outcome_revisions',
  'outcome_amendments',
  'outcome_positions',
  'outcome_paragraphs',
] as const satisfies readonly (keyof DatabaseSchema)[];

type TableName = (typeof TRANSFER_TABLES)[number];
const SERIAL_COLUMNS: Partial<Record<TableName, string>> = {
  document_updates: 'seq',
  audit_events: 'id',
  reference_paragraphs: 'id',
  notifications: 'id',
};
const BYTES = '$bytes';

export async function* exportData(stores: Stores): AsyncGenerator<string> {
  yield JSON.stringify({
    format: 'plenary-export',
    version: 1,
    exportedAt: new Date().toISOString(),
  });
  for (const table of TRANSFER_TABLES) {
    const order = SERIAL_COLUMNS[table];
    let query = stores.db.selectFrom(table).selectAll();
    if (order) query = query.orderBy(sql.ref(order));
    for (const row of await query.execute()) yield JSON.stringify({ table, row }, encodeBytes);
  }
}

/** Imports into an empty store; refuses a store that already has accounts. */
export async function importData(
  stores: Stores,
  lines: AsyncIterable<string>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await stores.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    if (Number(existing?.n ?? 0) > 0)
      throw new Error('The target store is not empty: import into a new database.');
    let header = true;
    for await (const line of lines) {
      if (!line.trim()) continue;
      const parsed = JSON.parse(line, decodeBytes) as {
        format?: string;
        table?: TableName;
        row?: Record<string, unknown>;
      };
      if (header) {
        if (parsed.format !== 'plenary-export')
          throw new Error('This file is not a Plenary export.');
        header = false;
        continue;
      }
      if (!parsed.table || !TRANSFER_TABLES.includes(parsed.table) || !parsed.row)
        throw new Error(`Unexpected line: ${line.slice(0, 80)}`);
      await trx
        .insertInto(parsed.table)
        .values(parsed.row as never)
        .execute();
      counts[parsed.table] = (counts[parsed.table] ?? 0) + 1;
    }
    if (stores.dialect === 'postgres') {
      for (const [table, column] of Object.entries(SERIAL_COLUMNS)) {
        await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), COALESCE((SELECT MAX(${sql.ref(column)}) FROM ${sql.table(table)}), 0) + 1, false)`.execute(
          trx,
        );
      }
    }
  });
  return counts;
}

function encodeBytes(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES]: Buffer.from(value).toString('base64') };
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer') {
    return { [BYTES]: Buffer.from((value as { data: number[] }).data).toString('base64') };
  }
  return value;
}

function decodeBytes(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && BYTES in value) {
    return new Uint8Array(Buffer.from(String((value as Record<string, unknown>)[BYTES]), 'base64'));
  }
  return value;
}
