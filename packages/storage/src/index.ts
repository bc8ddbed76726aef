export { openSqlite, SQLITE_FILE_NAME, type SqliteDatabase } from './openSqlite.js';
export { SqliteDocumentStore } from './SqliteDocumentStore.js';
export { SqliteStatementRepository } from './SqliteStatementRepository.js';
export type { StatementRecord, StatementRepository } from './StatementRepository.js';
