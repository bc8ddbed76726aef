// Drafts are read only by their delegation: organizers, other members and forged clients
// are tried on every channel, as the attacks of issue #15 did.
import { encodeAwareness } from '@plenary/collab';
import { anchorFromRange } from '@plenary/statement-model';
import * as encoding from 'lib0/encoding';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collabUrl, connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import {
  makeDebate,
  makeDelegation,
  makeMember,
  makeStatement,
  setupAdmin,
} from './support/factories.js';
import { ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

type Member = Awaited<ReturnType<typeof makeMember>>;

describe('confidentiality of drafts', () => {
  let server: TestServer;
  let debateId: string;
  let delegationId: string;
  let organizer: Member;
  let drafter: Member;
  let reviewer: Member;
  let viewer: Member;
  const sockets: Socket[] = [];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await setupAdmin(server.url);
    debateId = (await makeDebate(admin)).id;
    delegationId = (await makeDelegation(admin, debateId, 'Viet Nam')).id;
    organizer = await makeMember(admin, debateId, 'organizer', undefined, 'Olga');
    drafter = await makeMember(admin, debateId, 'drafter', delegationId, 'Duc');
    reviewer = await makeMember(admin, debateId, 'reviewer', delegationId, 'Rosa');
    viewer = await makeMember(admin, debateId, 'viewer', delegationId, 'Victor');
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    for (const client of clients) client.destroy();
    await server.stop({ removeData: true });
  });

  const collab = (statementId: string, member: Member, user?: string): CollabClient => {
    const client = connectClient(server.url, statementId, { cookie: member.client.cookie, user });
    clients.push(client);
    return client;
  };
  async function socketOf(member: Member): Promise<Socket> {
    const socket = io(server.url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { cookie: member.client.cookie ?? '' },
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) =>
      socket.once('connect', resolve).once('connect_error', reject),
    );
    return socket;
  }
  const transition = (member: Member, statementId: string, action: string) =>
    member.client.expect(200, 'POST', `/api/statements/${statementId}/transitions`, { action });

  /** A statement with text, a thread and a named version, taken to `submitted`. */
  async function submittedStatement(title: string) {
    const statement = await makeStatement(drafter.client, debateId, [delegationId], title);
    const writer = collab(statement.id, drafter);
    await waitSynced(writer);
    writer.appendParagraph('Mr. President, Viet Nam welcomes this open debate.');
    const anchor = anchorFromRange(writer.doc, 1, 15);
    await waitFor(async () => (await server.server.stores.documents.rowCount(statement.id)) > 0);
    const { thread } = await drafter.client.expect<{ thread: { id: string } }>(
      201,
      'POST',
      `/api/statements/${statement.id}/threads`,
      { anchor, body: 'Internal: capital wants the sanctions line softened.' },
    );
    const { version } = await drafter.client.expect<{ version: { id: string } }>(
      201,
      'POST',
      `/api/statements/${statement.id}/versions`,
      { name: 'Internal draft for capital' },
    );
    writer.destroy();
    await transition(drafter, statement.id, 'send_for_review');
    await transition(reviewer, statement.id, 'clear');
    await transition(drafter, statement.id, 'submit');
    return { statement, anchor, threadId: thread.id, versionId: version.id };
  }

  it('after submission an organizer reads the submitted text and nothing else of the workspace', async () => {
    const { statement, versionId } = await submittedStatement('Submitted for reading');
    const { client } = organizer;
    expect((await client.get(`/api/statements/${statement.id}/export?format=md`)).status).toBe(200);
    const reader = collab(statement.id, organizer);
    await waitSynced(reader);
    expect(reader.text()).toContain('welcomes this open debate');
    for (const path of [
      `/api/statements/${statement.id}/threads`,
      `/api/statements/${statement.id}/versions`,
      `/api/versions/${versionId}`,
      `/api/versions/${versionId}/redline?against=current`,
    ]) {
      expect((await client.get(path)).status, path).toBe(404);
    }
    // The delegation itself still has its workspace.
    expect((await drafter.client.get(`/api/statements/${statement.id}/threads`)).status).toBe(200);
  });

  it('an organizer follows the status history without the delegation’s own words', async () => {
    const statement = await makeStatement(drafter.client, debateId, [delegationId], 'History');
    await transition(drafter, statement.id, 'send_for_review');
    await reviewer.client.expect(200, 'POST', `/api/statements/${statement.id}/transitions`, {
      action: 'send_back',
      comment: 'Capital objects to paragraph 3.',
    });
    const path = `/api/statements/${statement.id}/history`;
    const seen = JSON.stringify((await organizer.client.get(path)).body);
    expect(seen).toContain('statement.send_back');
    expect(seen).not.toContain('Capital objects');
    expect(JSON.stringify((await drafter.client.get(path)).body)).toContain('Capital objects');
  });

  it('an organizer in a submitted statement’s room gets no thread or coverage events after reopening', async () => {
    const { statement, anchor } = await submittedStatement('Reopened');
    const spy = await socketOf(organizer);
    const received: string[] = [];
    spy.onAny((event: string) => received.push(event));
    expect(await spy.emitWithAck('statement:join', { statementId: statement.id })).toEqual({
      ok: true,
    });
    const member = await socketOf(drafter);
    await member.emitWithAck('statement:join', { statementId: statement.id });
    const memberEvents: string[] = [];
    member.onAny((event: string) => memberEvents.push(event));

    await transition(drafter, statement.id, 'reopen');
    await waitFor(() => received.includes('statement:updated'), { what: 'the reopen event' });
    await drafter.client.expect(201, 'POST', `/api/statements/${statement.id}/threads`, {
      anchor,
      body: 'Now that it is reopened: drop paragraph 3?',
    });
    await waitFor(() => memberEvents.includes('thread:updated'), { what: 'the member’s event' });
    expect(received).not.toContain('thread:updated');
    expect(received).not.toContain('coverage:updated');
  });

  it('an organizer adding themselves to a delegation is told to its drafters and shown', async () => {
    const watcher = await socketOf(drafter);
    const notices: unknown[] = [];
    watcher.on('delegation:member_added', (notice: unknown) => notices.push(notice));
    await organizer.client.expect(
      204,
      'PUT',
      `/api/delegations/${delegationId}/members/${organizer.userId}`,
      { role: 'viewer' },
    );
    await waitFor(() => notices.length > 0, { what: 'the drafter to be told' });
    expect(notices[0]).toMatchObject({
      delegationId,
      member: { userId: organizer.userId, role: 'viewer' },
      addedBy: { id: organizer.userId },
    });
    const { members } = await drafter.client.expect<{
      members: { userId: string; addedBy: { id: string; displayName: string } | null }[];
    }>(200, 'GET', `/api/delegations/${delegationId}/members`);
    expect(members.find((m) => m.userId === organizer.userId)?.addedBy).toMatchObject({
      id: organizer.userId,
    });
    // Members who came by invitation show who invited them.
    expect(members.find((m) => m.userId === drafter.userId)?.addedBy).toMatchObject({
      displayName: 'Admin',
    });
    await organizer.client.expect(
      204,
      'DELETE',
      `/api/delegations/${delegationId}/members/${organizer.userId}`,
    );
  });

  it('drops awareness entries a connection did not introduce, and names people from their session', async () => {
    const statement = await makeStatement(drafter.client, debateId, [delegationId], 'Presence');
    const author = collab(statement.id, drafter, 'Duc');
    const observer = collab(statement.id, reviewer, 'Rosa');
    await Promise.all([waitSynced(author), waitSynced(observer)]);
    const authorId = author.doc.clientID;
    await waitFor(() => observer.provider.awareness.getStates().get(authorId), {
      what: 'the author’s caret',
    });

    const forger = new WebSocket(`${collabUrl(server.url)}/${statement.id}`, {
      headers: { cookie: viewer.client.cookie ?? '', origin: server.url },
    });
    await new Promise((resolve, reject) => forger.once('open', resolve).once('error', reject));
    const clock = (observer.provider.awareness.meta.get(authorId)?.clock ?? 0) + 10;
    const ownId = 123_456_789;
    forger.send(awarenessFrame(authorId, clock, { user: { name: 'SPOOFED by viewer' } }));
    forger.send(awarenessFrame(ownId, 1, { user: { name: 'The Ambassador', color: '#000' } }));
    const own = await waitFor(() => observer.provider.awareness.getStates().get(ownId), {
      what: 'the viewer’s own entry',
    });
    expect(own.user).toMatchObject({ name: 'Victor' });
    expect(own.user.color).not.toBe('#000');
    expect(observer.provider.awareness.getStates().get(authorId)?.user?.name).toBe('Duc');
    forger.close();
  });

  it('refuses an Origin that differs only in scheme, on REST, socket.io and collab', async () => {
    const forged = server.url.replace('http:', 'https:');
    const write = await drafter.client.request(
      'POST',
      '/api/debates',
      { theme: 'Forged' },
      { origin: forged },
    );
    expect(write.status).toBe(403);
    const socket = io(server.url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { cookie: drafter.client.cookie ?? '', origin: forged },
    });
    sockets.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      socket.once('connect_error', () => resolve(false));
    });
    expect(connected).toBe(false);
    const statement = await makeStatement(drafter.client, debateId, [delegationId], 'Origin');
    const upgrade = new WebSocket(`${collabUrl(server.url)}/${statement.id}`, {
      headers: { cookie: drafter.client.cookie ?? '', origin: forged },
    });
    const status = await new Promise<number>((resolve) => {
      upgrade.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      upgrade.on('open', () => resolve(101));
    });
    expect(status).toBe(403);
  });

  it('does not tell an inviter whether the invited email has an account', async () => {
    const { url } = await organizer.client.expect<{ url: string }>(
      201,
      'POST',
      `/api/debates/${debateId}/invitations`,
      { email: drafter.email, role: 'organizer' },
    );
    const preview = await new ApiClient(server.url).get<{ invitation: Record<string, unknown> }>(
      `/api/invitations/by-token/${url.split('/invite/')[1]}`,
    );
    expect(preview.status).toBe(200);
    expect(preview.body.invitation).not.toHaveProperty('accountExists');
  });
});

/** A y-websocket awareness message with one entry, as a modified client would send it. */
function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encodeAwareness(encoding.toUint8Array(encoder));
}
