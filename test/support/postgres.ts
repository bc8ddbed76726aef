// A private schema in the CI PostgreSQL database per test, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestSchema {
  name: string;
  env: Record<string, string>;
  drop(): Promise<void>;
}

export function makeTestSchema(): TestSchema {
  const name = `t_${randomBytes(6).toString('hex')}`;
  return {
    name,
    env: { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: name, REDIS_URL: TEST_REDIS_URL },
    async drop() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      await client.end();
    },
  };
}
