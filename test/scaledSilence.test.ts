// The silence procedure in scaled mode: two Plenary processes on one PostgreSQL database (and
// Redis) both look for passed deadlines; every revision whose silence passed is adopted once.
import { openPostgresDatabase, Stores } from '@plenary/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from './support/childServer.js';
import { makeDebate, makeDelegation, makeMember, setupAdmin } from './support/factories.js';
import { makeTestSchema, TEST_DATABASE_URL, type TestSchema } from './support/postgres.js';
import { makeDataDir } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

const OUTCOMES = 4;
const HOUR = 60 * 60 * 1000;

describe('silence deadlines with two processes on PostgreSQL and Redis', () => {
  let schema: TestSchema;
  let servers: ChildServer[] = [];
  let stores: Stores;

  beforeAll(async () => {
    schema = makeTestSchema();
    const env = { ...schema.env, SILENCE_CHECK_INTERVAL_MS: '100' };
    // The first process creates the schema; the second starts once it exists.
    const first = await startChildServer(makeDataDir(), env);
    servers = [first, await startChildServer(makeDataDir(), env)];
    stores = new Stores(
      await openPostgresDatabase(TEST_DATABASE_URL, { schema: schema.name, poolSize: 2 }),
      'postgres',
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(
      servers.map((s) => (s.process.exitCode === null ? s.kill('SIGTERM') : undefined)),
    );
    await stores?.close();
    await schema?.drop().catch(() => undefined);
  });

  it('adopts each passed silence exactly once, whichever process sees it first', async () => {
    const [first, second] = servers as [ChildServer, ChildServer];
    const admin = await setupAdmin(first.url);
    const outcomeIds: string[] = [];
    for (let i = 0; i < OUTCOMES; i += 1) {
      const debateId = (await makeDebate(admin, `Debate ${i}`)).id;
      const delegation = await makeDelegation(admin, debateId, 'Viet Nam');
      const pen = await makeMember(admin, debateId, 'drafter', delegation.id);
      // Half the penholders work through the second process.
      (pen.client as { baseUrl: string }).baseUrl = i % 2 === 0 ? first.url : second.url;
      const base = `/api/debates/${debateId}/outcome`;
      const { outcome } = await admin.expect<{ outcome: { id: string } }>(201, 'POST', base, {
        kind: 'presidential_statement',
        penholderDelegationId: delegation.id,
        paragraphs: [`Paragraph of debate ${i}.`],
      });
      await pen.client.expect(201, 'POST', `${base}/revisions`);
      const deadline = new Date(Date.now() + HOUR).toISOString();
      await pen.client.expect(200, 'POST', `${base}/silence`, { deadline });
      outcomeIds.push(outcome.id);
    }
    // Nothing is adopted before the deadline, however often both processes look.
    expect(await adoptedEvents()).toEqual([]);

    // The clock moves past every deadline at once: as if an hour went by.
    const passed = new Date(Date.now() - 1000).toISOString();
    await stores.db
      .updateTable('outcome_documents')
      .set({ silence_deadline: passed })
      .where('id', 'in', outcomeIds)
      .execute();
    await waitFor(async () => (await adoptedEvents()).length >= OUTCOMES, {
      timeoutMs: 20_000,
      what: 'every silence adopted',
    });
    for (const id of outcomeIds) expect((await stores.outcomes.get(id))?.status).toBe('adopted');
    expect((await adoptedEvents()).sort()).toEqual([...outcomeIds].sort());
    // Each adoption was made by one process, and logged by it alone.
    const logged = servers.map((s) => s.output().split('silence passed: adopted').length - 1);
    expect(logged[0]! + logged[1]!).toBe(OUTCOMES);
  }, 120_000);

  async function adoptedEvents(): Promise<string[]> {
    const rows = await stores.db
      .selectFrom('audit_events')
      .select('subject_id')
      .where('action', '=', 'outcome.adopted')
      .execute();
    return rows.map((row) => row.subject_id);
  }
});
