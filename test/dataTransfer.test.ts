import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteDatabase, Stores } from '@plenary/storage';
import { afterAll, describe, expect, it } from 'vitest';
import { connectClient, waitSynced } from './support/collabClient.js';
import { makeDraftingTeam } from './support/factories.js';
import { ApiClient } from './support/http.js';
import { makeTestSchema } from './support/postgres.js';
import { sampleBytes } from './support/samples.js';
import { storedText } from './support/storedText.js';
import { makeDataDir, startTestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function plenary(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'apps/server/src/cli.ts', ...args],
    {
      cwd: repoRoot,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`plenary ${args.join(' ')}: ${output}`)),
    ),
  );
}

async function documentRows(dataDir: string, id: string): Promise<string[]> {
  const stores = new Stores(await openSqliteDatabase(dataDir));
  try {
    return (await stores.documents.load(id)).map((update) =>
      Buffer.from(update).toString('base64'),
    );
  } finally {
    await stores.close();
  }
}

describe('moving an installation SQLite → PostgreSQL → SQLite', () => {
  const schema = makeTestSchema();
  afterAll(() => schema.drop());

  it('keeps accounts, sessions, statements, every document byte for byte and the library', async () => {
    const source = makeDataDir();
    const server = await startTestServer({ dataDir: source });
    const team = await makeDraftingTeam(server.url);
    const writer = connectClient(server.url, team.statement.id, {
      cookie: team.drafter.client.cookie,
    });
    await waitSynced(writer);
    for (let i = 0; i < 30; i += 1)
      writer.appendParagraph(`Paragraph ${i} — Côte d’Ivoire, Türkiye, Viet Nam`);
    await waitFor(async () =>
      (await storedText(server.server.stores.documents, team.statement.id)).includes(
        'Paragraph 29 ',
      ),
    );
    const text = writer.text();
    writer.destroy();
    await team.drafter.client.upload(
      `/api/debates/${team.debate.id}/references`,
      sampleBytes('report2011'),
      'report.txt',
    );
    await server.stop();

    const firstExport = join(makeDataDir(), 'export.jsonl');
    expect(await plenary(['export-data', '--out', firstExport], { DATA_DIR: source })).toMatch(
      new RegExp(`^Exported \\d+ rows from SQLite .*plenary\\.sqlite to ${firstExport}\\.\\n$`),
    );
    const pg = { DATABASE_URL: schema.env.DATABASE_URL!, DATABASE_SCHEMA: schema.name };
    const migrated = await plenary(['migrate'], pg);
    expect(migrated).toMatch(/^Applied \d+ migration\(s\) to PostgreSQL [^\n]+, schema t_\w+:\n/);
    expect(migrated).toContain('  001_initial\n');
    expect(await plenary(['import-data', '--in', firstExport], pg)).toMatch(
      /statements 1, statement_delegations 1, document_updates \d+/,
    );
    const secondExport = join(makeDataDir(), 'export.jsonl');
    await plenary(['export-data', '--out', secondExport], pg);
    const target = makeDataDir();
    await plenary(['import-data', '--in', secondExport], { DATA_DIR: target });

    const rows = (file: string) => readFileSync(file, 'utf8').trim().split('\n').slice(1);
    expect(rows(secondExport)).toEqual(rows(firstExport));
    expect(await documentRows(target, team.statement.id)).toEqual(
      await documentRows(source, team.statement.id),
    );

    const moved = await startTestServer({ dataDir: target });
    try {
      const drafter = new ApiClient(moved.url, team.drafter.client.cookie);
      const hits = await drafter.get<{ hits: unknown[] }>(
        `/api/debates/${team.debate.id}/references/search?q=mediation`,
      );
      expect(hits.status).toBe(200);
      expect(hits.body.hits.length).toBeGreaterThan(0);
      const reader = connectClient(moved.url, team.statement.id, {
        cookie: team.drafter.client.cookie,
      });
      await waitSynced(reader);
      expect(reader.text()).toBe(text);
      reader.destroy();
      expect(
        await plenary(['import-data', '--in', secondExport], { DATA_DIR: target }).catch(
          (e: Error) => e.message,
        ),
      ).toContain('not empty');
    } finally {
      await moved.stop();
    }
  }, 120_000);
});

describe('plenary migrate without its database', () => {
  it('names the cause instead of "migration unknown failed"', async () => {
    const failure = await plenary(['migrate'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test',
    }).catch((error: Error) => error.message);
    expect(failure).toContain(
      'Database migrations could not run: connect ECONNREFUSED 127.0.0.1:1',
    );
  });
});
