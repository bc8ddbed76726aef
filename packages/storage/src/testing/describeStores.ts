// The storage contract's harness: every adapter (SQLite, PostgreSQL) must pass the same
// suites, each test on fresh, empty stores that it can close and open again. The suites run
// from one test file: a PostgreSQL schema dropped while another worker's migrator reads the
// catalogue fails that worker with "schema … does not exist".
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe } from 'vitest';
import type { Dialect } from '../Dialect.js';
import { openPostgresDatabase } from '../openPostgresDatabase.js';
import { openSqliteDatabase } from '../openSqliteDatabase.js';
import type { DebateFields } from '../records.js';
import { Stores } from '../Stores.js';

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStores {
  dialect: Dialect;
  /** The open stores; a new object after `reopen`. */
  stores: Stores;
  /** Closes the database and opens it again, as a restarted server would. */
  reopen(): Promise<Stores>;
}

interface Opened {
  open(): Promise<Stores>;
  drop(): Promise<void>;
}

function location(dialect: Dialect): Opened {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-store-'));
    return {
      open: async () => new Stores(await openSqliteDatabase(dir)),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    open: async () =>
      new Stores(
        await openPostgresDatabase(TEST_DATABASE_URL, { schema, poolSize: 4 }),
        'postgres',
      ),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Runs each suite on each adapter, every test on stores of its own. */
export function describeStores(suites: Record<string, (db: TestStores) => void>): void {
  describe.each(['sqlite', 'postgres'] as const)('storage contract on %s', (dialect) => {
    let place: Opened;
    const db = {
      dialect,
      stores: undefined as unknown as Stores,
      async reopen() {
        await db.stores.close();
        db.stores = await place.open();
        return db.stores;
      },
    };
    beforeEach(async () => {
      place = location(dialect);
      db.stores = await place.open();
    });
    afterEach(async () => {
      await db.stores.close();
      await place.drop();
    });
    for (const [title, suite] of Object.entries(suites)) describe(title, () => suite(db));
  });
}

export const addUser = (stores: Stores, id: string, email = `${id}@b.org`) =>
  stores.users.create({ id, email, displayName: id, passwordHash: 'x', isAdmin: false });

/** A debate with nothing filled in but its theme (its id, unless `fields` says otherwise). */
export const addDebate = (
  stores: Stores,
  id: string,
  createdBy: string,
  fields: Partial<DebateFields> = {},
) =>
  stores.debates.create({
    id,
    createdBy,
    fields: {
      theme: id,
      body: null,
      meetingDate: null,
      meetingTime: null,
      presidency: null,
      format: null,
      speakingLimitMinutes: null,
      submissionEmail: null,
      submissionDeadline: null,
      expectedOutcome: null,
      ...fields,
    },
  });
