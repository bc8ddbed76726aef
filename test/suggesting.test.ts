// Suggesting mode over the wire: stock y-websocket clients, a real server. Reviewers may only
// add, mark or withdraw their own suggestions; anything else closes them with 4423.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementText } from '@plenary/statement-model';
import type * as Y from 'yjs';
import { connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeDraftingTeam, makeMember } from './support/factories.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

const mark = (authorId: string, id = 'sug-1') => ({
  id,
  authorId,
  createdAt: '2026-12-04T10:00:00.000Z',
});

function firstText(client: CollabClient): Y.XmlText {
  const paragraph = client.doc.getXmlFragment('content').get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

function closeCode(client: CollabClient): Promise<number> {
  return new Promise((resolve) =>
    client.provider.once('connection-close', (event: CloseEvent | null) =>
      resolve(event?.code ?? 0),
    ),
  );
}

describe('suggesting mode on the collab endpoint', () => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeDraftingTeam>>;
  let reviewer: Awaited<ReturnType<typeof makeMember>>;
  const clients: CollabClient[] = [];
  const open = async (cookie: string | undefined, params?: Record<string, string>) => {
    const client = connectClient(server.url, team.statement.id, { cookie, params });
    clients.push(client);
    await waitSynced(client);
    return client;
  };
  /** The stored text, read as if every open suggestion were accepted (so they show). */
  const stored = async () => {
    const reader = await open(team.drafter.client.cookie);
    return statementText(reader.doc, 'accepted');
  };

  beforeAll(async () => {
    server = await startTestServer();
    team = await makeDraftingTeam(server.url);
    reviewer = await makeMember(team.admin, team.debate.id, 'reviewer', team.delegation.id);
    const drafter = await open(team.drafter.client.cookie);
    drafter.appendParagraph('We welcome the report.');
    await waitFor(async () => (await stored()) === 'We welcome the report.', {
      what: 'first text stored',
    });
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop({ removeData: true });
  });

  it("stores a reviewer's suggestion and shows it to the drafter live", async () => {
    const drafter = await open(team.drafter.client.cookie);
    const review = await open(reviewer.client.cookie);
    firstText(review).insert(3, 'warmly ', { suggestionInsert: mark(reviewer.userId) });
    firstText(review).format(10, 7, { suggestionDelete: mark(reviewer.userId, 'sug-2') });
    await waitFor(() => statementText(drafter.doc, 'accepted').includes('warmly'), {
      what: 'suggestion seen live',
    });
    // As the text stands, the suggestion is not part of it yet.
    expect(drafter.text()).not.toContain('warmly');
    const delta = firstText(drafter).toDelta() as { insert: string; attributes?: object }[];
    expect(delta).toContainEqual({
      insert: 'warmly ',
      attributes: { suggestionInsert: mark(reviewer.userId) },
    });
    expect(review.provider.wsconnected).toBe(true);
  });

  it('closes a reviewer who edits directly with 4423 and stores nothing of it', async () => {
    const review = await open(reviewer.client.cookie);
    const before = await stored();
    const closed = closeCode(review);
    firstText(review).delete(0, 3);
    expect(await closed).toBe(4423);
    expect(review.provider.shouldConnect).toBe(false);
    expect(await stored()).toBe(before);
  });

  it("closes a reviewer who forges another person's suggestion", async () => {
    const review = await open(reviewer.client.cookie);
    const closed = closeCode(review);
    firstText(review).insert(0, 'Forged ', { suggestionInsert: mark(team.drafter.userId) });
    expect(await closed).toBe(4423);
    expect(await stored()).not.toContain('Forged');
  });

  it('holds a drafter to suggestions when the connection asks for Suggesting mode', async () => {
    const suggesting = await open(team.drafter.client.cookie, { mode: 'suggesting' });
    firstText(suggesting).insert(0, 'Indeed, ', {
      suggestionInsert: mark(team.drafter.userId, 'sug-3'),
    });
    await waitFor(async () => (await stored()).startsWith('Indeed, '), {
      what: 'drafter suggestion stored',
    });
    const closed = closeCode(suggesting);
    firstText(suggesting).insert(0, 'Plain ', {});
    expect(await closed).toBe(4423);
    // Accepting is an ordinary edit on an Editing connection.
    const editing = await open(team.drafter.client.cookie);
    firstText(editing).format(0, 8, { suggestionInsert: null });
    await waitFor(
      () =>
        (firstText(editing).toDelta() as { attributes?: object }[])[0]?.attributes === undefined,
      { what: 'accepted locally' },
    );
    expect(await stored()).toMatch(/^Indeed, We/);
  });

  it('lets drafters, not reviewers, accept and reject; each decision is in the history', async () => {
    const review = await open(reviewer.client.cookie);
    const text = firstText(review);
    text.insert(text.length, ' Thank you.', { suggestionInsert: mark(reviewer.userId, 'sug-9') });
    const path = `/api/statements/${team.statement.id}/suggestions`;
    await waitFor(
      async () => {
        const { body } = await team.drafter.client.get<{ suggestions: { id: string }[] }>(path);
        return body.suggestions.some((s) => s.id === 'sug-9');
      },
      { what: 'suggestion listed' },
    );
    const checks = await team.drafter.client.get<{ checks: { openSuggestions: number } }>(
      `/api/statements/${team.statement.id}/checks`,
    );
    expect(checks.body.checks.openSuggestions).toBeGreaterThanOrEqual(2);
    const denied = await reviewer.client.post<{ error: { code: string } }>(`${path}/decisions`, {
      decision: 'accept',
      ids: ['sug-9'],
    });
    expect(denied.status).toBe(403);
    const invalid = await team.drafter.client.post(`${path}/decisions`, { decision: 'maybe' });
    expect(invalid.status).toBe(400);
    const accepted = await team.drafter.client.post<{ count: number }>(`${path}/decisions`, {
      decision: 'accept',
      ids: ['sug-9'],
    });
    expect(accepted.body).toEqual({ count: 1 });
    await waitFor(() => !JSON.stringify(firstText(review).toDelta()).includes('sug-9'), {
      what: 'accepted live',
    });
    expect(await stored()).toContain('Thank you.');
    const rejected = await team.drafter.client.post<{ count: number }>(`${path}/decisions`, {
      decision: 'reject',
      authorId: reviewer.userId,
    });
    expect(rejected.body.count).toBeGreaterThan(0);
    expect(await stored()).not.toContain('warmly');
    const history = await team.drafter.client.get<{ events: { action: string }[] }>(
      `/api/statements/${team.statement.id}/history`,
    );
    const actions = history.body.events.map((event) => event.action);
    expect(actions).toContain('suggestions.accepted');
    expect(actions).toContain('suggestions.rejected');
  });
});
