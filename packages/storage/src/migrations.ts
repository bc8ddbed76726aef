// Schema migrations for the embedded SQLite store, applied in order by user_version.
export const sqliteMigrations: readonly string[] = [
  `
  CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE document_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL,
    data BLOB NOT NULL,
    is_snapshot INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE INDEX document_updates_by_document ON document_updates (document_id, seq);
  `,
];
