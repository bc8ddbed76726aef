// What a stranger or a member could send to stop the server or poison a statement, each
// against a real child server watched from outside: it must stay up, answer /api/health
// within a second throughout, grow by less than 300 MiB and answer with a named 4xx.
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { openSqliteDatabase, Stores } from '@plenary/storage';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startChildServer, type ChildServer } from './support/childServer.js';
import { connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeDraftingTeam, makeMember, makeStatement } from './support/factories.js';
import {
  conceptNoteWithBadEntity,
  docxBomb,
  hugeLine,
  hugeText,
  manyPagePdf,
} from './support/hostileFiles.js';
import type { ApiClient } from './support/http.js';
import { makeDataDir } from './support/testServer.js';
import { ServerMonitor, type MonitorWindow } from './support/serverMonitor.js';
import { waitFor } from './support/waitFor.js';

const MAX_HEALTH_MS = 1_000;
const MAX_RSS_GROWTH_MIB = 300;

/** A raw HTTP upgrade with the given request target; resolves with the status line. */
function rawUpgrade(url: string, target: string): Promise<{ status: string; closed: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: received.split('\r\n')[0] ?? '', closed: true }));
    socket.setTimeout(10_000, () => {
      socket.destroy();
      resolve({ status: received.split('\r\n')[0] ?? '', closed: false });
    });
    socket.write(
      `GET ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
  });
}

/** Nests `depth` blockquotes around one paragraph in a single transaction, outside in. */
function nestBlockquotes(fragment: Y.XmlFragment, depth: number, text: string): void {
  fragment.doc!.transact(() => {
    let parent: Y.XmlFragment | Y.XmlElement = fragment;
    for (let level = 0; level < depth; level += 1) {
      const quote: Y.XmlElement = new Y.XmlElement('blockquote');
      parent.insert(parent.length, [quote]);
      parent = quote;
    }
    const paragraph = new Y.XmlElement('paragraph');
    parent.insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText(text)]);
  });
}

/** Depth of the deepest Yjs type below the fragment, counted without recursion. */
function typeDepth(fragment: Y.XmlFragment): number {
  let deepest = 0;
  const stack: [Y.XmlElement | Y.XmlFragment, number][] = [[fragment, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    deepest = Math.max(deepest, depth);
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) stack.push([child, depth + 1]);
      else deepest = Math.max(deepest, depth + 1);
    }
  }
  return deepest;
}

describe('hostile input against a real server', () => {
  const dataDir = makeDataDir();
  const figures: Record<string, MonitorWindow & { alive: boolean }> = {};
  let child: ChildServer;
  let monitor: ServerMonitor;
  let crashes = 0;
  let admin: ApiClient;
  let drafter: ApiClient;
  let viewer: ApiClient;
  let debateId: string;
  let delegationId: string;
  let statementId: string;
  const clients: CollabClient[] = [];

  let port = '0';
  const start = async (): Promise<void> => {
    // A restart keeps the port, so signed-in clients keep talking to the same address.
    child = await startChildServer(dataDir, { LOG_LEVEL: 'info', PORT: port });
    port = new URL(child.url).port;
    await monitor?.retarget(child.url, child.process.pid ?? 0);
  };

  beforeAll(async () => {
    await start();
    monitor = new ServerMonitor(child.url, child.process.pid ?? 0);
    const team = await makeDraftingTeam(child.url);
    admin = team.admin;
    drafter = team.drafter.client;
    debateId = team.debate.id;
    delegationId = team.delegation.id;
    statementId = team.statement.id;
    viewer = (await makeMember(admin, debateId, 'viewer', delegationId)).client;
  });

  beforeEach(async () => {
    // A crash in one case is recorded; the next case gets a server again.
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      crashes += 1;
      await start();
    }
    await monitor.reset();
  });

  afterEach(async ({ task }) => {
    const alive = child.process.exitCode === null && child.process.signalCode === null;
    figures[task.name] = { ...(await monitor.current()), alive };
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await monitor?.stop();
    const cases = Object.values(figures);
    mkdirSync('test-results', { recursive: true });
    writeFileSync(
      'test-results/hostile-input.json',
      JSON.stringify(
        {
          crashes: crashes + (cases.at(-1)?.alive === false ? 1 : 0),
          worstHealthMs: Math.max(...cases.map((f) => f.worstHealthMs)),
          peakRssMiB: Math.max(...cases.map((f) => f.peakRssMiB)),
          cases: figures,
        },
        null,
        2,
      ),
    );
    // A server still stuck in a parse would not stop on SIGTERM.
    const stopped = child?.kill('SIGTERM');
    const timer = setTimeout(() => child?.process.kill('SIGKILL'), 10_000);
    await stopped;
    clearTimeout(timer);
  });

  /** Records the case's figures and checks the server came through it intact. */
  async function expectUnharmed(name: string): Promise<void> {
    const alive = child.process.exitCode === null && child.process.signalCode === null;
    let window = await monitor.current();
    if (alive) {
      const health = await fetch(`${child.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      expect(health.status).toBe(200);
      window = await monitor.current();
    }
    expect(alive, `server alive after ${name}`).toBe(true);
    expect(window.worstHealthMs, `worst /api/health latency during ${name}`).toBeLessThan(
      MAX_HEALTH_MS,
    );
    expect(window.peakRssMiB - window.startRssMiB, `RSS growth during ${name}`).toBeLessThan(
      MAX_RSS_GROWTH_MIB,
    );
  }

  describe('malformed upgrades', () => {
    const targets: [string, string][] = [
      ['malformed percent-encoding', '/collab/%E0%A4%A'],
      ['a lone percent sign', '/collab/%'],
      ['a double slash', '//'],
      ['a 16 KB path', `/collab/${'a'.repeat(16 * 1024)}`],
      ['socket.io with malformed encoding', '/socket.io/%E0%A4%A?EIO=4&transport=websocket'],
      ['socket.io with a bad session id', '/socket.io/?EIO=4&transport=websocket&sid=%E0%A4%A'],
    ];
    for (const [name, target] of targets) {
      it(`answers ${name} with a 4xx and closes the socket`, async () => {
        const { status, closed } = await rawUpgrade(child.url, target);
        expect(status).toMatch(/^HTTP\/1\.1 4\d\d /);
        expect(closed).toBe(true);
        await expectUnharmed(`upgrade: ${name}`);
      });
    }
  });

  it('refuses a 2,000-deep update and keeps the statement editable for everyone else', async () => {
    const attacker = connectClient(child.url, statementId, { cookie: drafter.cookie });
    const colleague = connectClient(child.url, statementId, { cookie: drafter.cookie });
    clients.push(attacker, colleague);
    await Promise.all([waitSynced(attacker), waitSynced(colleague)]);
    colleague.appendParagraph('Mr. President,');
    const closeCode = new Promise<number>((resolve) =>
      attacker.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    nestBlockquotes(attacker.doc.getXmlFragment('content'), 2_000, 'deep');
    expect(await closeCode).toBe(4422);
    colleague.typeAtStart('Thank you, ');
    const fresh = connectClient(child.url, statementId, { cookie: drafter.cookie });
    clients.push(fresh);
    await waitFor(() => fresh.text().includes('Thank you, Mr. President,'), {
      timeoutMs: 15_000,
      what: 'the keystroke to reach a fresh client',
    });
    expect(typeDepth(fresh.doc.getXmlFragment('content'))).toBeLessThanOrEqual(16);
    const coverage = await drafter.request('GET', `/api/debates/${debateId}/coverage`);
    expect(coverage.status).toBe(200);
    const exported = await drafter.request(
      'GET',
      `/api/statements/${statementId}/export?format=txt`,
    );
    expect(exported.status).toBe(200);
    await expectUnharmed('collab: 2,000-deep update');
  });

  it('opens, exports and repairs a statement stored 2,000 deep before the limits', async () => {
    const statement = await makeStatement(drafter, debateId, [delegationId], 'Stored deep');
    const deep = new Y.Doc();
    nestBlockquotes(deep.getXmlFragment('content'), 2_000, 'Innermost words');
    const stores = new Stores(await openSqliteDatabase(dataDir));
    try {
      await stores.documents.append(statement.id, Y.encodeStateAsUpdate(deep));
    } finally {
      await stores.close();
    }
    const reader = connectClient(child.url, statement.id, { cookie: drafter.cookie });
    clients.push(reader);
    await waitFor(() => reader.text().includes('Innermost words'), {
      timeoutMs: 15_000,
      what: 'the stored text to open',
    });
    expect(typeDepth(reader.doc.getXmlFragment('content'))).toBeLessThanOrEqual(16);
    const exported = await drafter.request(
      'GET',
      `/api/statements/${statement.id}/export?format=txt`,
    );
    expect(exported.status).toBe(200);
    expect(String(exported.body)).toContain('Innermost words');
    const version = await drafter.request('POST', `/api/statements/${statement.id}/versions`, {
      name: 'After repair',
    });
    expect(version.status).toBe(201);
    const coverage = await drafter.request('GET', `/api/debates/${debateId}/coverage`);
    expect(coverage.status).toBe(200);
    reader.appendParagraph('Still editable.');
    const fresh = connectClient(child.url, statement.id, { cookie: drafter.cookie });
    clients.push(fresh);
    await waitFor(() => fresh.text().includes('Still editable.'), { what: 'an edit after repair' });
    await expectUnharmed('collab: stored 2,000 deep');
  });

  describe('uploads', () => {
    const preview = `/api/debates/{debate}/concept-note/preview`;
    const references = `/api/debates/{debate}/references`;
    const path = (template: string): string => template.replace('{debate}', debateId);

    const refused = async (
      name: string,
      route: string,
      bytes: () => Buffer | Promise<Buffer>,
      fileName: string,
      parallel = 1,
    ): Promise<void> => {
      const body = await bytes();
      await monitor.reset();
      const responses = await Promise.all(
        Array.from({ length: parallel }, () => admin.upload(path(route), body, fileName)),
      );
      for (const response of responses) {
        expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        const { error } = response.body as { error: { code: string } };
        expect(error.code).toMatch(/^document\./);
      }
      await expectUnharmed(`upload: ${name}`);
    };

    it('refuses three DOCX bombs at once before inflating them', () =>
      refused('DOCX bomb ×3', preview, () => docxBomb(), 'bomb.docx', 3));
    it('refuses a 19 MB text', () =>
      refused('19 MB text', references, () => hugeText(19 * 1024 * 1024), 'huge.txt'));
    it('refuses a 19 MB single line', () =>
      refused('19 MB single line', references, () => hugeLine(19 * 1024 * 1024), 'line.txt'));
    it('refuses a 5,000-page PDF', () =>
      refused('5,000-page PDF', references, () => manyPagePdf(5_000), 'pages.pdf'));

    it('reads a concept note with &#99999999; without a 5xx', async () => {
      const response = await admin.upload(path(preview), conceptNoteWithBadEntity(), 'note.md');
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const { preview: result } = response.body as { preview: { text: string } };
      expect(result.text).toContain('19 April 2021');
      await expectUnharmed('upload: &#99999999;');
    });

    it('checks sign-in and role before reading the body', async () => {
      const viewerUpload = await viewer.upload(path(references), hugeText(1024), 'notes.txt');
      expect(viewerUpload.status).toBe(403);
      const { hostname, port } = new URL(child.url);
      // Headers announcing 19 MB, then nothing: the answer must not wait for the body.
      const status = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), hostname);
        let received = '';
        socket.on('data', (chunk: Buffer) => {
          received += chunk.toString('latin1');
          if (received.includes('\r\n')) {
            resolve(received.split('\r\n')[0] ?? '');
            socket.destroy();
          }
        });
        socket.on('error', reject);
        socket.write(
          `POST ${path(references)} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nOrigin: ${child.url}\r\n` +
            `Content-Type: application/octet-stream\r\nContent-Length: ${19 * 1024 * 1024}\r\n\r\n`,
        );
      });
      expect(status).toMatch(/^HTTP\/1\.1 401 /);
      await expectUnharmed('upload: before sign-in');
    });
  });
});
