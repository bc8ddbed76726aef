import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeDraftingTeam, makeStatement } from './support/factories.js';
import { sampleBytes } from './support/samples.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

interface Coverage {
  statementId: string;
  points: { label: string; words: number; paragraphs: number }[];
  unaddressed: string[];
  unknownPoints: string[];
  words: number;
  seconds: number;
  limitMinutes: number | null;
  overSeconds: number | null;
}

describe('coverage of the discussion points and speaking time', () => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeDraftingTeam>>;
  let writer: CollabClient;
  let socket: Socket;

  beforeAll(async () => {
    server = await startTestServer();
    team = await makeDraftingTeam(server.url);
    const preview = await team.admin.upload<{
      preview: { note: { discussionPoints: unknown[]; objectives: unknown[] } };
    }>(
      `/api/debates/${team.debate.id}/concept-note/preview`,
      sampleBytes('conceptNote'),
      'note.txt',
    );
    await team.admin.expect(200, 'POST', `/api/debates/${team.debate.id}/concept-note`, {
      fileName: 'note.txt',
      format: 'text',
      text: 'x',
      symbol: null,
      fields: { theme: 'Regional organizations', speakingLimitMinutes: 1 },
      objectives: preview.body.preview.note.objectives,
      discussionPoints: preview.body.preview.note.discussionPoints,
    });
    writer = connectClient(server.url, team.statement.id, { cookie: team.drafter.client.cookie });
    await waitSynced(writer);
    socket = io(server.url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { cookie: team.drafter.client.cookie ?? '' },
    });
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    await socket.emitWithAck('statement:join', { statementId: team.statement.id });
  });
  afterAll(async () => {
    socket.disconnect();
    writer.destroy();
    await server.stop({ removeData: true });
  });

  const tagged = (text: string, points: string[]) => {
    writer.appendParagraph(text);
    const fragment = writer.doc.getXmlFragment('content');
    (fragment.get(fragment.length - 1) as Y.XmlElement).setAttribute(
      'points',
      points as unknown as string,
    );
  };
  const coverageNow = async () =>
    (
      await team.drafter.client.get<{ statements: Coverage[] }>(
        `/api/debates/${team.debate.id}/coverage`,
      )
    ).body.statements.find((s) => s.statementId === team.statement.id)!;

  it('maps tagged paragraphs to points, reports unaddressed and unknown points, and times the text', async () => {
    const pushed = new Promise<{ coverage: Coverage }>((resolve) =>
      socket.once('coverage:updated', resolve),
    );
    tagged('Mr. President,', []);
    tagged(
      'Early warning by regional organizations saves lives and prevents conflict escalation.',
      ['12(a)'],
    );
    tagged('Confidence-building between neighbours requires sustained dialogue.', [
      '12(b)',
      '99(z)',
    ]);
    const summary = (await pushed).coverage;
    expect(summary.points.find((p) => p.label === '12(a)')).toMatchObject({
      paragraphs: 1,
      words: 11,
    });
    expect(summary.unaddressed).toEqual(expect.arrayContaining(['12(c)', '12(d)', '12(e)']));
    expect(summary.unknownPoints).toEqual(['99(z)']);
    expect(summary.words).toBe(2 + 11 + 6);
    expect(summary.seconds).toBe(10);
    expect(summary).toMatchObject({ limitMinutes: 1, overSeconds: -50 });
  });

  it('follows the delegation’s speaking rate and refuses an impossible one', async () => {
    await waitFor(async () => (await coverageNow()).words === 19);
    await team.drafter.client.expect(200, 'PATCH', `/api/delegations/${team.delegation.id}`, {
      wordsPerMinute: 60,
    });
    expect((await coverageNow()).seconds).toBe(19);
    const bad = await team.drafter.client.patch<{ error: { message: string } }>(
      `/api/delegations/${team.delegation.id}`,
      {
        wordsPerMinute: 5,
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('wordsPerMinute');
  });

  it('computes no push for a statement nobody follows', async () => {
    const unwatched = await makeStatement(team.drafter.client, team.debate.id, [
      team.delegation.id,
    ]);
    const computed: string[] = [];
    const record = (summary: { statementId: string }) => computed.push(summary.statementId);
    server.server.coverage.on('coverage', record);
    const other = connectClient(server.url, unwatched.id, { cookie: team.drafter.client.cookie });
    try {
      await waitSynced(other);
      other.appendParagraph('Nobody has this statement open in a browser.');
      const stored = async () =>
        (
          await team.drafter.client.get<{ statements: Coverage[] }>(
            `/api/debates/${team.debate.id}/coverage`,
          )
        ).body.statements.find((s) => s.statementId === unwatched.id)?.words === 8;
      await waitFor(stored, { what: 'the unwatched statement’s paragraph to be stored' });
      // The watched statement is written after it, so its push falls due after the other's.
      const pushed = new Promise((resolve) => socket.once('coverage:updated', resolve));
      tagged('A later paragraph in the statement the socket follows.', []);
      await pushed;
      expect(computed).toEqual([team.statement.id]);
    } finally {
      server.server.coverage.off('coverage', record);
      other.destroy();
    }
  });
});

describe('statement template', () => {
  it('creates a statement from the UN template with a tagged section per discussion point', async () => {
    const server = await startTestServer();
    try {
      const team = await makeDraftingTeam(server.url);
      await team.admin.expect(200, 'POST', `/api/debates/${team.debate.id}/concept-note`, {
        fileName: 'note.txt',
        format: 'text',
        text: 'x',
        symbol: null,
        fields: {
          theme: 'Regional organizations',
          body: 'Security Council',
          format: 'open debate',
          presidency: 'Viet Nam',
        },
        objectives: [],
        discussionPoints: [
          { label: '12(a)', text: 'Challenges' },
          { label: '12(b)', text: 'Lessons' },
        ],
      });
      const { statement } = await team.drafter.client.expect<{ statement: { id: string } }>(
        201,
        'POST',
        `/api/debates/${team.debate.id}/statements`,
        {
          title: 'Statement of Viet Nam',
          delegationIds: [team.delegation.id],
          template: { salutation: 'Mr. President,' },
        },
      );
      const reader = connectClient(server.url, statement.id, {
        cookie: team.drafter.client.cookie,
      });
      await waitSynced(reader);
      expect(reader.text()).toContain(
        'Statement by the delegation of Viet Nam at the Security Council open debate',
      );
      expect(reader.text()).toContain('Mr. President,');
      const { body } = await team.drafter.client.get<{ statements: Coverage[] }>(
        `/api/debates/${team.debate.id}/coverage`,
      );
      expect(body.statements.find((s) => s.statementId === statement.id)?.unaddressed).toEqual([
        '12(a)',
        '12(b)',
      ]);
      reader.destroy();
    } finally {
      await server.stop({ removeData: true });
    }
  });

  it('opens with the salutation of the presidency’s representative when the organizer set it', async () => {
    const server = await startTestServer();
    try {
      const team = await makeDraftingTeam(server.url);
      const { debate } = await team.admin.expect<{ debate: { presidentSalutation: string } }>(
        200,
        'PATCH',
        `/api/debates/${team.debate.id}`,
        { presidentSalutation: 'Madam President,', presidency: 'Viet Nam' },
      );
      expect(debate.presidentSalutation).toBe('Madam President,');
      const create = (template: Record<string, string>) =>
        team.drafter.client.expect<{ statement: { id: string } }>(
          201,
          'POST',
          `/api/debates/${team.debate.id}/statements`,
          { title: 'Statement of Viet Nam', delegationIds: [team.delegation.id], template },
        );
      const textOf = async (id: string) => {
        const reader = connectClient(server.url, id, { cookie: team.drafter.client.cookie });
        await waitSynced(reader);
        const text = reader.text();
        reader.destroy();
        return text;
      };
      const following = await create({});
      expect(await textOf(following.statement.id)).toContain('Madam President,');
      // A drafter's own choice still wins.
      const chosen = await create({ salutation: 'Mr. President,' });
      expect(await textOf(chosen.statement.id)).toContain('Mr. President,');
      const wrong = await team.admin.patch<{ error: { message: string } }>(
        `/api/debates/${team.debate.id}`,
        { presidentSalutation: 'Your Excellency,' },
      );
      expect(wrong.status).toBe(400);
    } finally {
      await server.stop({ removeData: true });
    }
  });
});
