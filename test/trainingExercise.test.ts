// A debate run as a training exercise: trainers (its organizers) read and comment on every
// team's drafts, which organizers may not do in a real debate; teams still do not see each other's.
import { anchorFromRange } from '@plenary/statement-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, waitSynced } from './support/collabClient.js';
import { makeMember, makeStatement, setupAdmin } from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

describe('training exercise', () => {
  let server: TestServer;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await setupAdmin(server.url);
  }, 60_000);
  afterAll(() => server.stop({ removeData: true }));

  /** A debate with two teams, a trainer, and a statement of team 1 with some text. */
  async function exercise(trainingExercise: boolean) {
    const { debate } = await admin.expect<{ debate: { id: string; trainingExercise: boolean } }>(
      201,
      'POST',
      '/api/debates',
      { theme: 'Common vision for peace', trainingExercise },
    );
    expect(debate.trainingExercise).toBe(trainingExercise);
    const team = async (name: string) =>
      (
        await admin.expect<{ delegation: { id: string; kind: string } }>(
          201,
          'POST',
          `/api/debates/${debate.id}/delegations`,
          { name, kind: 'training_team' },
        )
      ).delegation;
    const [one, two] = [await team('Team 1'), await team('Team 2')];
    const trainer = await makeMember(admin, debate.id, 'organizer');
    const teamOne = await makeMember(admin, debate.id, 'drafter', one.id);
    const teamTwo = await makeMember(admin, debate.id, 'drafter', two.id);
    const statement = await makeStatement(teamOne.client, debate.id, [one.id], 'Team 1 draft');
    const writer = connectClient(server.url, statement.id, { cookie: teamOne.client.cookie });
    await waitSynced(writer);
    writer.appendParagraph('We call for a common vision for peace.');
    const anchor = anchorFromRange(writer.doc, 1, 8);
    await waitFor(async () => {
      const md = await teamOne.client.get<string>(
        `/api/statements/${statement.id}/export?format=md`,
      );
      return String(md.body).includes('common vision');
    });
    writer.destroy();
    return { debate, trainer, teamTwo, statement, anchor };
  }

  it('lets trainers read and comment on every team’s drafts, read-only', async () => {
    const { trainer, teamTwo, statement, anchor } = await exercise(true);
    const text = await trainer.client.get<string>(
      `/api/statements/${statement.id}/export?format=md`,
    );
    expect(text.status).toBe(200);
    expect(String(text.body)).toContain('common vision');
    expect((await trainer.client.get(`/api/statements/${statement.id}/threads`)).status).toBe(200);
    await trainer.client.expect(201, 'POST', `/api/statements/${statement.id}/threads`, {
      anchor,
      body: 'Good opening; now say what your team will do.',
      mentions: [],
    });
    // The trainer reads the text live but cannot change it.
    const reader = connectClient(server.url, statement.id, { cookie: trainer.client.cookie });
    try {
      await waitSynced(reader);
      expect(reader.text()).toContain('common vision');
    } finally {
      reader.destroy();
    }
    expect(
      (await trainer.client.post(`/api/statements/${statement.id}/versions`, { name: 'x' })).status,
    ).toBe(403);
    // Teams still do not read each other's drafts.
    expect((await teamTwo.client.get(`/api/statements/${statement.id}/threads`)).status).toBe(404);
    expect(
      (await teamTwo.client.get(`/api/statements/${statement.id}/export?format=md`)).status,
    ).toBe(404);
  });

  it('keeps drafts private from organizers in a real debate', async () => {
    const { trainer: organizer, statement, anchor } = await exercise(false);
    expect((await organizer.client.get(`/api/statements/${statement.id}/threads`)).status).toBe(
      404,
    );
    expect(
      (await organizer.client.get(`/api/statements/${statement.id}/export?format=md`)).status,
    ).toBe(403);
    const comment = await organizer.client.post(`/api/statements/${statement.id}/threads`, {
      anchor,
      body: 'Not allowed',
      mentions: [],
    });
    expect([403, 404]).toContain(comment.status);
  });
});
