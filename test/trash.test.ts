// The Trash: deleting moves debates, statements, references and comments aside; restoring
// brings them back with everything they held; the scheduled purge ends it after retention.
import { anchorFromRange } from '@plenary/statement-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import {
  makeDebate,
  makeDelegation,
  makeMember,
  makeStatement,
  setupAdmin,
} from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { sampleBytes } from './support/samples.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

type ErrorBody = { error: { code: string; message: string } };
interface TrashBody {
  retentionDays: number;
  statements: { id: string }[];
  references: { id: string }[];
  comments: { id: string; body: string }[];
}
const DAY_MS = 24 * 60 * 60 * 1000;

describe('the Trash', () => {
  let server: TestServer;
  let admin: ApiClient;
  let debateId: string;
  let delegationId: string;
  let drafter: ApiClient;
  let reviewer: ApiClient;
  let otherDrafter: ApiClient;
  let organizer: ApiClient;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    admin = await setupAdmin(server.url);
    debateId = (await makeDebate(admin)).id;
    delegationId = (await makeDelegation(admin, debateId, 'Viet Nam')).id;
    const other = await makeDelegation(admin, debateId, 'Kenya');
    drafter = (await makeMember(admin, debateId, 'drafter', delegationId)).client;
    reviewer = (await makeMember(admin, debateId, 'reviewer', delegationId)).client;
    otherDrafter = (await makeMember(admin, debateId, 'drafter', other.id)).client;
    organizer = (await makeMember(admin, debateId, 'organizer')).client;
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop({ removeData: true });
  });

  async function statementWithText(text: string) {
    const statement = await makeStatement(drafter, debateId, [delegationId]);
    const writer = connectClient(server.url, statement.id, { cookie: drafter.cookie });
    clients.push(writer);
    await waitSynced(writer);
    writer.appendParagraph(text);
    await waitFor(async () => (await readText(statement.id)).includes(text));
    return { statement, writer };
  }

  async function readText(id: string): Promise<string> {
    const check = connectClient(server.url, id, { cookie: drafter.cookie });
    try {
      await waitSynced(check);
      return check.text();
    } finally {
      check.destroy();
    }
  }

  const trashOf = (who: ApiClient) =>
    who.expect<TrashBody>(200, 'GET', `/api/debates/${debateId}/trash`);

  it('moves a statement to the Trash and restores it with its text, comments and versions', async () => {
    const { statement, writer } = await statementWithText('Viet Nam welcomes this debate.');
    const anchor = anchorFromRange(writer.doc, 1, 9);
    await reviewer.expect(201, 'POST', `/api/statements/${statement.id}/threads`, {
      anchor,
      body: 'Open with the theme?',
    });
    await drafter.expect(201, 'POST', `/api/statements/${statement.id}/versions`, {
      name: 'Sent to capital',
    });
    const closed = new Promise<{ code: number }>((resolve) =>
      writer.provider.once('closed', resolve),
    );

    await drafter.expect(204, 'DELETE', `/api/statements/${statement.id}`);
    expect((await closed).code).toBe(4410);
    expect((await drafter.get(`/api/statements/${statement.id}`)).status).toBe(404);
    const listed = await drafter.get<{ statements: { id: string }[] }>(
      `/api/debates/${debateId}/statements`,
    );
    expect(listed.body.statements.map((s) => s.id)).not.toContain(statement.id);
    expect((await trashOf(drafter)).statements.map((s) => s.id)).toContain(statement.id);
    expect((await trashOf(organizer)).statements.map((s) => s.id)).toContain(statement.id);
    expect((await trashOf(otherDrafter)).statements.map((s) => s.id)).not.toContain(statement.id);
    expect((await trashOf(drafter)).retentionDays).toBe(30);
    // Reopening the editor is refused with the same "deleted" code while it is in the Trash.
    const late = connectClient(server.url, statement.id, { cookie: drafter.cookie });
    clients.push(late);
    const lateClose = await new Promise<{ code: number }>((resolve) =>
      late.provider.once('closed', resolve),
    );
    expect(lateClose.code).toBe(4410);

    const notices = await organizer.get<{ notifications: { kind: string; excerpt: string }[] }>(
      '/api/notifications',
    );
    expect(notices.body.notifications[0]).toMatchObject({
      kind: 'statement_deleted',
      excerpt: statement.title,
    });

    const refused = await otherDrafter.post<ErrorBody>(`/api/statements/${statement.id}/restore`);
    expect(refused.status).toBe(404);
    const restored = await drafter.post<{ statement: { id: string; deletedAt: null } }>(
      `/api/statements/${statement.id}/restore`,
    );
    expect(restored.status).toBe(200);
    expect(restored.body.statement.deletedAt).toBeNull();
    expect(await readText(statement.id)).toContain('Viet Nam welcomes this debate.');
    const threads = await drafter.get<{ threads: { comments: { body: string }[] }[] }>(
      `/api/statements/${statement.id}/threads`,
    );
    expect(threads.body.threads[0]?.comments[0]?.body).toBe('Open with the theme?');
    const versions = await drafter.get<{ versions: { name: string }[] }>(
      `/api/statements/${statement.id}/versions`,
    );
    expect(versions.body.versions.map((v) => v.name)).toContain('Sent to capital');
    const again = await drafter.post<ErrorBody>(`/api/statements/${statement.id}/restore`);
    expect(again.body.error.code).toBe('trash.not_found');
  });

  it('refuses to delete a submitted statement until it is reopened, and tells the organizer', async () => {
    const statement = await makeStatement(drafter, debateId, [delegationId], 'Submitted one');
    const move = (who: ApiClient, action: string) =>
      who.expect(200, 'POST', `/api/statements/${statement.id}/transitions`, { action });
    await move(drafter, 'send_for_review');
    await move(reviewer, 'clear');
    await move(drafter, 'submit');

    const refused = await drafter.delete<ErrorBody>(`/api/statements/${statement.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('statement.submitted');
    expect(refused.body.error.message).toMatch(/submitted.*Reopen it first/);
    expect((await drafter.get(`/api/statements/${statement.id}`)).status).toBe(200);

    await move(drafter, 'reopen');
    const notices = await organizer.get<{ notifications: { kind: string }[] }>(
      '/api/notifications',
    );
    expect(notices.body.notifications[0]?.kind).toBe('statement_reopened');
    await drafter.expect(204, 'DELETE', `/api/statements/${statement.id}`);
  });

  it('refuses to remove a delegation that has work in the debate, and removes one that has none', async () => {
    const ghana = await makeDelegation(admin, debateId, 'Ghana');
    const ghanaDrafter = (await makeMember(admin, debateId, 'drafter', ghana.id)).client;
    const statement = await makeStatement(ghanaDrafter, debateId, [ghana.id], 'Statement of Ghana');
    // In the Trash it still counts: restoring it must find its delegation.
    await ghanaDrafter.expect(204, 'DELETE', `/api/statements/${statement.id}`);

    const refused = await organizer.delete<ErrorBody>(`/api/delegations/${ghana.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('delegation.in_use');
    expect(refused.body.error.message).toMatch(
      /^Ghana cannot be removed: it has 1 statement in this debate.*Remove its members instead/,
    );
    await ghanaDrafter.expect(200, 'POST', `/api/statements/${statement.id}/restore`, {});
    const { statement: restored } = await ghanaDrafter.expect<{
      statement: { delegationIds: string[] };
    }>(200, 'GET', `/api/statements/${statement.id}`);
    expect(restored.delegationIds).toEqual([ghana.id]);

    // A delegation that has written nothing goes, and its members lose their access.
    const togo = await makeDelegation(admin, debateId, 'Togo');
    const togoDrafter = (await makeMember(admin, debateId, 'drafter', togo.id)).client;
    await organizer.expect(204, 'DELETE', `/api/delegations/${togo.id}`);
    expect((await togoDrafter.get(`/api/delegations/${togo.id}/members`)).status).toBe(404);
  });

  it('moves a reference to the Trash: out of the library and search, then back', async () => {
    const uploaded = await organizer.upload<{ reference: { id: string } }>(
      `/api/debates/${debateId}/references`,
      sampleBytes('report2011'),
      'report.txt',
    );
    const { reference } = uploaded.body;
    const search = async () =>
      (
        await drafter.get<{ hits: { documentId: string }[] }>(
          `/api/debates/${debateId}/references/search?q=regional`,
        )
      ).body.hits.filter((hit) => hit.documentId === reference.id).length;
    expect(await search()).toBeGreaterThan(0);
    await organizer.expect(204, 'DELETE', `/api/references/${reference.id}`);
    expect(await search()).toBe(0);
    expect((await drafter.get(`/api/references/${reference.id}`)).status).toBe(404);
    expect((await trashOf(organizer)).references.map((r) => r.id)).toContain(reference.id);
    await organizer.expect(200, 'POST', `/api/references/${reference.id}/restore`);
    expect(await search()).toBeGreaterThan(0);
  });

  it('moves a debate to the Trash: its members lose access until an organizer restores it', async () => {
    const debate = await makeDebate(admin, 'A debate to delete');
    const delegation = await makeDelegation(admin, debate.id, 'Kenya');
    const member = await makeMember(admin, debate.id, 'drafter', delegation.id);
    const statement = await makeStatement(member.client, debate.id, [delegation.id]);
    await admin.expect(204, 'DELETE', `/api/debates/${debate.id}`);
    expect((await member.client.get(`/api/debates/${debate.id}`)).status).toBe(404);
    expect((await member.client.get(`/api/statements/${statement.id}`)).status).toBe(404);
    const inTrash = await admin.get<{ debates: { id: string }[] }>('/api/trash/debates');
    expect(inTrash.body.debates.map((d) => d.id)).toContain(debate.id);
    expect((await member.client.post(`/api/debates/${debate.id}/restore`)).status).toBe(404);
    await admin.expect(200, 'POST', `/api/debates/${debate.id}/restore`);
    expect((await member.client.get(`/api/statements/${statement.id}`)).status).toBe(200);
  });

  it('purges what is past retention, once per interval across processes and restarts', async () => {
    const { statement } = await statementWithText('To be purged.');
    await drafter.expect(204, 'DELETE', `/api/statements/${statement.id}`);
    const kept = await makeStatement(drafter, debateId, [delegationId], 'Deleted yesterday');
    await drafter.expect(204, 'DELETE', `/api/statements/${kept.id}`);
    const { db } = server.server.stores;
    const old = new Date(Date.now() - 31 * DAY_MS).toISOString();
    await db
      .updateTable('statements')
      .set({ deleted_at: old })
      .where('id', '=', statement.id)
      .execute();
    // The purge ran at start; the next run is due only after the interval.
    expect(await server.server.trashPurger.tick()).toBeNull();
    const later = new Date(Date.now() + 2 * 60 * 60 * 1000);
    const [first, second] = await Promise.all([
      server.server.trashPurger.tick(later),
      server.server.stores.jobs.claim('trash.purge', 60 * 60 * 1000, later),
    ]);
    expect(first?.statements ?? 0).toBeGreaterThanOrEqual(1);
    expect(second).toBe(false);
    const gone = await drafter.post<ErrorBody>(`/api/statements/${statement.id}/restore`);
    expect(gone.body.error.code).toBe('trash.not_found');
    expect(await server.server.stores.statements.getIncludingTrash(statement.id)).toBeUndefined();
    expect((await trashOf(drafter)).statements.map((s) => s.id)).toContain(kept.id);
    const audit = await admin.get<{ events: { action: string; subjectId: string }[] }>(
      `/api/debates/${debateId}/audit`,
    );
    expect(audit.status).toBe(200);
    const purged = await db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', statement.id)
      .where('action', '=', 'statement.purged')
      .execute();
    expect(purged).toHaveLength(1);

    // A restart keeps the schedule: the run recorded above is not repeated at start.
    const lastRun = await server.server.stores.jobs.lastRun('trash.purge');
    const { dataDir } = server;
    await server.stop();
    server = await startTestServer({ dataDir });
    expect(await server.server.stores.jobs.lastRun('trash.purge')).toBe(lastRun);
    expect(await server.server.trashPurger.tick()).toBeNull();
  });
});
