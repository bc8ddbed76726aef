// The Trash as three row operations shared by every table that can be trashed.
import type { PlenaryDb } from './openSqliteDatabase.js';

type TrashableTable = 'debates' | 'statements' | 'reference_documents';

/** Marks the row as in the Trash; false if it is absent or already there. */
export async function moveToTrash(
  db: PlenaryDb,
  table: TrashableTable,
  id: string,
  deletedBy: string,
): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set({ deleted_at: new Date().toISOString(), deleted_by: deletedBy })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Takes the row out of the Trash; false if it is absent or not there. */
export async function takeFromTrash(
  db: PlenaryDb,
  table: TrashableTable,
  id: string,
): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set({ deleted_at: null, deleted_by: null })
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Ids of rows put in the Trash before `cutoff` (ISO), for the purge. */
export async function trashedBefore(
  db: PlenaryDb,
  table: TrashableTable,
  cutoff: string,
): Promise<string[]> {
  const rows = await db.selectFrom(table).select('id').where('deleted_at', '<', cutoff).execute();
  return rows.map((row) => row.id);
}
