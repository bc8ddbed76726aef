import { anchorFromRange, statementDocFromParagraphs } from '@plenary/statement-model';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeDelegation, makeDraftingTeam, makeMember } from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor, within } from './support/waitFor.js';

type ErrorBody = { error: { code: string; message: string } };
interface Thread {
  id: string;
  status: string;
  orphaned: boolean;
  currentText: string;
  quote: string;
  comments: { id: string; body: string; authorName: string; deletedAt: string | null }[];
}

describe('comment threads', () => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeDraftingTeam>>;
  let reviewer: Awaited<ReturnType<typeof makeMember>>;
  let writer: CollabClient;
  const sockets: Socket[] = [];
  const drafter = (): ApiClient => team.drafter.client;

  beforeAll(async () => {
    server = await startTestServer();
    team = await makeDraftingTeam(server.url);
    reviewer = await makeMember(team.admin, team.debate.id, 'reviewer', team.delegation.id);
    writer = connectClient(server.url, team.statement.id, { cookie: drafter().cookie });
    await waitSynced(writer);
    writer.appendParagraph('Mr. President, Viet Nam welcomes this open debate.');
  });
  afterAll(async () => {
    writer.destroy();
    for (const socket of sockets) socket.disconnect();
    await server.stop({ removeData: true });
  });

  async function socketOf(client: ApiClient, statementId?: string): Promise<Socket> {
    const socket = io(server.url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { cookie: client.cookie ?? '' },
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) =>
      socket.once('connect', resolve).once('connect_error', reject),
    );
    if (statementId) await socket.emitWithAck('statement:join', { statementId });
    return socket;
  }
  const threads = async (client: ApiClient = drafter()) =>
    (await client.get<{ threads: Thread[] }>(`/api/statements/${team.statement.id}/threads`)).body
      .threads;
  const offsetOf = (word: string) => 1 + writer.text().split('\n\n')[0]!.indexOf(word);
  const storedText = async (needle: string) =>
    waitFor(
      async () =>
        (await server.server.stores.documents.load(team.statement.id)).length > 0 &&
        writer.text().includes(needle),
    );

  it('a reviewer comments on a range, the drafter replies and resolves, everyone in the room sees it live', async () => {
    await storedText('welcomes');
    const drafterSocket = await socketOf(drafter(), team.statement.id);
    const stranger = await makeMember(
      team.admin,
      team.debate.id,
      'drafter',
      (await makeDelegation(team.admin, team.debate.id)).id,
    );
    const strangerSocket = await socketOf(stranger.client);
    await strangerSocket.emitWithAck('debate:join', { debateId: team.debate.id });
    const strangerEvents: string[] = [];
    strangerSocket.onAny((event: string) => strangerEvents.push(event));
    // An organizer sees the statement's metadata but not its drafts: no comment events either.
    const organizer = await makeMember(team.admin, team.debate.id, 'organizer');
    const organizerSocket = await socketOf(organizer.client, team.statement.id);
    organizerSocket.onAny((event: string) => strangerEvents.push(`organizer:${event}`));

    const anchor = anchorFromRange(writer.doc, offsetOf('welcomes'), offsetOf(' this'));
    const live = new Promise<{ thread: Thread }>((resolve) =>
      drafterSocket.once('thread:updated', resolve),
    );
    const created = await reviewer.client.post<{ thread: Thread }>(
      `/api/statements/${team.statement.id}/threads`,
      {
        anchor,
        body: 'Can we say “strongly welcomes”?',
        mentions: [team.drafter.userId],
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.thread).toMatchObject({
      quote: 'welcomes',
      currentText: 'welcomes',
      orphaned: false,
    });
    expect((await within(1_000, live, 'thread to reach the drafter')).thread.id).toBe(
      created.body.thread.id,
    );

    const replied = new Promise<{ thread: Thread }>((resolve) =>
      drafterSocket.once('thread:updated', resolve),
    );
    await drafter().expect(201, 'POST', `/api/threads/${created.body.thread.id}/comments`, {
      body: 'Agreed, changing it.',
    });
    expect((await replied).thread.comments.map((c) => c.body)).toEqual([
      'Can we say “strongly welcomes”?',
      'Agreed, changing it.',
    ]);
    const resolved = await drafter().post<{ thread: Thread }>(
      `/api/threads/${created.body.thread.id}/resolve`,
    );
    expect(resolved.body.thread.status).toBe('resolved');
    await drafter().expect(200, 'POST', `/api/threads/${created.body.thread.id}/reopen`);

    // A round trip on the stranger's socket shows it had time to receive anything sent to it.
    await strangerSocket.emitWithAck('debate:join', { debateId: team.debate.id });
    await organizerSocket.emitWithAck('statement:join', { statementId: team.statement.id });
    expect(strangerEvents).toEqual([]);
    const notifications = await drafter().get<{
      unread: number;
      notifications: { excerpt: string }[];
    }>('/api/notifications');
    expect(notifications.body.unread).toBe(1);
    expect(notifications.body.notifications[0]!.excerpt).toContain('strongly welcomes');
    const debate = await drafter().get<{ unreadMentions: number }>(
      `/api/debates/${team.debate.id}`,
    );
    expect(debate.body.unreadMentions).toBe(1);
    const audit = await team.admin.get<{ events: { action: string }[] }>(
      `/api/debates/${team.debate.id}/audit`,
    );
    expect(audit.body.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['thread.resolved', 'thread.reopened']),
    );
  });

  it('follows the text as it is edited and keeps the thread, orphaned, when all of it is deleted', async () => {
    writer.appendParagraph('We support early warning by regional organizations.');
    await storedText('early warning');
    const paragraphStart = 1 + writer.text().split('\n\n')[0]!.length + 2;
    const sentence = 'We support early warning by regional organizations.';
    const from = paragraphStart + sentence.indexOf('early');
    const anchor = anchorFromRange(writer.doc, from, from + 'early warning'.length);
    const { thread } = await reviewer.client.expect<{ thread: Thread }>(
      201,
      'POST',
      `/api/statements/${team.statement.id}/threads`,
      {
        anchor,
        body: 'Cite the report here.',
      },
    );
    const other = connectClient(server.url, team.statement.id, { cookie: drafter().cookie });
    await waitSynced(other);
    const text = () =>
      (other.doc.getXmlFragment('content').get(1) as Y.XmlElement).get(0) as Y.XmlText;
    text().insert(sentence.indexOf('warning'), 'and effective ');
    await waitFor(
      async () =>
        (await threads()).find((t) => t.id === thread.id)?.currentText ===
        'early and effective warning',
    );
    text().delete(sentence.indexOf('early'), 'early and effective warning'.length);
    await waitFor(
      async () => (await threads()).find((t) => t.id === thread.id)?.orphaned === true,
      { what: 'orphaned' },
    );
    const orphan = (await threads()).find((t) => t.id === thread.id)!;
    expect(orphan).toMatchObject({ quote: 'early warning', orphaned: true, currentText: '' });
    other.destroy();
  });

  it('leaves a “deleted” stub; only authors edit or delete their comments; restorable', async () => {
    const anchor = anchorFromRange(writer.doc, offsetOf('Viet'), offsetOf(' welcomes'));
    const { thread } = await reviewer.client.expect<{ thread: Thread }>(
      201,
      'POST',
      `/api/statements/${team.statement.id}/threads`,
      {
        anchor,
        body: 'First',
      },
    );
    const commentId = thread.comments[0]!.id;
    expect((await drafter().patch(`/api/comments/${commentId}`, { body: 'Not mine' })).status).toBe(
      403,
    );
    expect(
      (
        await reviewer.client.patch<{ thread: Thread }>(`/api/comments/${commentId}`, {
          body: 'First, edited',
        })
      ).body.thread.comments[0]!.body,
    ).toBe('First, edited');
    const refused = await drafter().delete<ErrorBody>(`/api/comments/${commentId}`);
    expect(refused.status).toBe(403);
    const deleted = await reviewer.client.delete<{ thread: Thread }>(`/api/comments/${commentId}`);
    expect(deleted.body.thread.comments[0]).toMatchObject({
      body: '',
      deletedAt: expect.any(String),
    });
    // In the Trash: a drafter of the delegation may bring it back, text and all.
    const restored = await drafter().post<{ thread: Thread }>(`/api/comments/${commentId}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.thread.comments[0]).toMatchObject({
      body: 'First, edited',
      deletedAt: null,
    });
    const again = await drafter().post<ErrorBody>(`/api/comments/${commentId}/restore`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('trash.not_found');
  });

  it('refuses bad input with clear errors and stores nothing', async () => {
    const before = (await threads()).length;
    const foreign = anchorFromRange(
      statementDocFromParagraphs(['Mr. President, Viet Nam welcomes this open debate.']),
      1,
      10,
    );
    const wrongDoc = await reviewer.client.post<ErrorBody>(
      `/api/statements/${team.statement.id}/threads`,
      { anchor: foreign, body: 'x' },
    );
    expect(wrongDoc.status).toBe(400);
    expect(wrongDoc.body.error.code).toBe('comment.invalid_anchor');
    const anchor = anchorFromRange(writer.doc, offsetOf('Viet'), offsetOf(' welcomes'));
    const unknown = await reviewer.client.post<ErrorBody>('/api/statements/nope/threads', {
      anchor,
      body: 'x',
    });
    expect(unknown.status).toBe(404);
    const huge = await reviewer.client.post<ErrorBody>(
      `/api/statements/${team.statement.id}/threads`,
      { anchor, body: 'x'.repeat(100_000) },
    );
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toContain('body');
    const strangerMention = await reviewer.client.post<ErrorBody>(
      `/api/statements/${team.statement.id}/threads`,
      {
        anchor,
        body: 'Hello @someone',
        mentions: ['not-a-member'],
      },
    );
    expect(strangerMention.status).toBe(400);
    expect(strangerMention.body.error.code).toBe('comment.invalid_mention');
    expect((await threads()).length).toBe(before);
  });

  it('lets a viewer read threads but not comment', async () => {
    const viewer = await makeMember(team.admin, team.debate.id, 'viewer', team.delegation.id);
    expect((await viewer.client.get(`/api/statements/${team.statement.id}/threads`)).status).toBe(
      200,
    );
    const anchor = anchorFromRange(writer.doc, offsetOf('Viet'), offsetOf(' welcomes'));
    const attempt = await viewer.client.post<ErrorBody>(
      `/api/statements/${team.statement.id}/threads`,
      { anchor, body: 'x' },
    );
    expect(attempt.status).toBe(403);
  });
});
