// The outcome document's text: amendments are a delegation's suggestion marks, proposed with
// a justification in its own name only and settled by the penholder without losing formatting;
// a paragraph's status follows the paragraph, not its number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementNode, statementText } from '@plenary/statement-model';
import * as Y from 'yjs';
import { connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeNegotiation, setupAdmin } from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

interface ErrorBody {
  error: { code: string };
}
interface Amendment {
  id: string;
  paragraph: number;
  action: string;
  originalText: string;
  proposedText: string;
  status: string;
  suggestionId: string | null;
}
type Member = { client: ApiClient; userId: string };

const ZERO_DRAFT = [
  'The Security Council reaffirms its primary responsibility.',
  'The Security Council stresses preventive diplomacy.',
  'The Security Council requests a report within six months.',
];

/** The n-th paragraph's text node in a client's copy of the document. */
const textOf = (client: CollabClient, n: number) =>
  (client.doc.getXmlFragment('content').get(n) as Y.XmlElement).get(0) as Y.XmlText;

describe('the outcome text', () => {
  let server: TestServer;
  let debateId: string;
  const ids: Record<'vn' | 'ee' | 'ne', string> = { vn: '', ee: '', ne: '' };
  let pen: Member;
  let estonia: Member;
  let niger: Member;
  let check: CollabClient;
  const base = () => `/api/debates/${debateId}/outcome`;
  const marks = (member: Member, delegationId: string, id: string) => ({
    id,
    authorId: member.userId,
    delegationId,
    createdAt: new Date().toISOString(),
  });
  /** Connects as the member, makes the change, and waits until the penholder's copy has it. */
  async function change(member: Member, edit: (client: CollabClient) => void, arrived: string) {
    const client = connectClient(server.url, statementId, { cookie: member.client.cookie });
    try {
      await waitSynced(client);
      edit(client);
      await waitFor(() => JSON.stringify(statementNode(check.doc).toJSON()).includes(arrived), {
        what: `change ${arrived} arrives`,
      });
    } finally {
      client.destroy();
    }
  }
  let statementId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await setupAdmin(server.url);
    const world = await makeNegotiation(admin);
    ({ debateId, pen, estonia, niger } = world);
    Object.assign(ids, world.ids);
    const { organizer } = world;
    const created = await organizer.client.expect<{ outcome: { statementId: string } }>(
      201,
      'POST',
      base(),
      { kind: 'presidential_statement', penholderDelegationId: ids.vn, paragraphs: ZERO_DRAFT },
    );
    statementId = created.outcome.statementId;
    check = connectClient(server.url, statementId, { cookie: pen.client.cookie });
    await waitSynced(check);
  }, 120_000);
  afterAll(async () => {
    check.destroy();
    await server.stop({ removeData: true });
  });

  it('proposes a delegation’s marks in its own name, once, and settles them keeping formatting', async () => {
    // The penholder formats a word; Niger inserts, Estonia suggests a deletion.
    await change(pen, (c) => textOf(c, 0).format(4, 8, { bold: {} }), '"bold"');
    await change(
      niger,
      (c) =>
        textOf(c, 1).insert(ZERO_DRAFT[1]!.length - 1, ' and mediation', {
          suggestionInsert: marks(niger, ids.ne, 'sug-niger'),
        }),
      'sug-niger',
    );
    await change(
      estonia,
      (c) =>
        textOf(c, 2).format(0, ZERO_DRAFT[2]!.length, {
          suggestionDelete: marks(estonia, ids.ee, 'sug-estonia'),
        }),
      'sug-estonia',
    );
    const propose = (member: Member, body: object) =>
      member.client.post<ErrorBody & { amendment: Amendment }>(`${base()}/amendments`, body);
    const why = { justification: 'Mediation is what the concept note asks about.' };

    // Another delegation's marks, in one's own name or in theirs: refused.
    const foreign = await propose(estonia, {
      delegationId: ids.ee,
      suggestionId: 'sug-niger',
      ...why,
    });
    expect(foreign.body.error.code).toBe('amendment.not_own_delegation');
    expect(
      (await propose(estonia, { delegationId: ids.ne, suggestionId: 'sug-niger', ...why })).status,
    ).toBe(403);
    const missing = await propose(niger, {
      delegationId: ids.ne,
      suggestionId: 'sug-none',
      ...why,
    });
    expect(missing.body.error.code).toBe('amendment.no_mark');

    const mediation = await propose(niger, {
      delegationId: ids.ne,
      suggestionId: 'sug-niger',
      ...why,
    });
    expect(mediation.status).toBe(201);
    expect(mediation.body.amendment).toMatchObject({
      paragraph: 2,
      action: 'replace',
      originalText: ZERO_DRAFT[1],
      proposedText: 'The Security Council stresses preventive diplomacy and mediation.',
      suggestionId: 'sug-niger',
    });
    const twice = await propose(niger, { delegationId: ids.ne, suggestionId: 'sug-niger', ...why });
    expect(twice.body.error.code).toBe('amendment.exists');
    const deletion = await propose(estonia, {
      delegationId: ids.ee,
      suggestionId: 'sug-estonia',
      justification: 'Too early.',
    });
    expect(deletion.body.amendment.action).toBe('delete');

    // The penholder decides: a reformulation belongs in the text, not in the decision.
    const decide = (id: string, body: object) =>
      pen.client.post<ErrorBody>(`/api/amendments/${id}/decision`, body);
    const reworded = await decide(mediation.body.amendment.id, { decision: 'accept', text: 'x' });
    expect(reworded.body.error.code).toBe('amendment.in_text');
    expect(
      (
        await niger.client.post(`/api/amendments/${mediation.body.amendment.id}/decision`, {
          decision: 'accept',
        })
      ).status,
    ).toBe(403);
    expect((await decide(mediation.body.amendment.id, { decision: 'accept' })).status).toBe(200);
    expect((await decide(deletion.body.amendment.id, { decision: 'reject' })).status).toBe(200);

    await waitFor(() => !JSON.stringify(statementNode(check.doc).toJSON()).includes('sug-'), {
      what: 'marks settled',
    });
    expect(statementText(check.doc)).toBe(
      [
        ZERO_DRAFT[0],
        'The Security Council stresses preventive diplomacy and mediation.',
        ZERO_DRAFT[2],
      ].join('\n\n'),
    );
    expect(JSON.stringify(statementNode(check.doc).toJSON())).toContain('"bold"');
  });

  it('keeps an editor that reopens the text with its offline copy, and shows it the decision', async () => {
    await change(
      niger,
      (c) => textOf(c, 2).format(0, 8, { suggestionDelete: marks(niger, ids.ne, 'sug-reopen') }),
      'sug-reopen',
    );
    const { amendment } = await niger.client.expect<{ amendment: Amendment }>(
      201,
      'POST',
      `${base()}/amendments`,
      { delegationId: ids.ne, suggestionId: 'sug-reopen', justification: 'Premature.' },
    );
    // The penholder's tab reloads: its offline copy (y-indexeddb) holds Niger's mark and, as
    // happens when the socket opens first, is loaded only once the connection is open. The
    // stock provider then sends that whole copy to the server as an update.
    const offline = Y.encodeStateAsUpdate(check.doc);
    const reopened = connectClient(server.url, statementId, {
      cookie: pen.client.cookie,
      connect: false,
    });
    const closes: number[] = [];
    reopened.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    reopened.provider.on('status', ({ status }) => {
      if (status === 'connected' && closes.length === 0)
        Y.applyUpdate(reopened.doc, offline, 'offline copy');
    });
    try {
      reopened.provider.connect();
      await waitFor(() => reopened.provider.synced || closes.length > 0, { what: 'sync' });
      expect(closes).toEqual([]);
      await pen.client.expect(200, 'POST', `/api/amendments/${amendment.id}/decision`, {
        decision: 'reject',
      });
      await waitFor(
        () => !JSON.stringify(statementNode(reopened.doc).toJSON()).includes('sug-reopen'),
        { what: 'the rejection reaches the reopened editor' },
      );
      expect(closes).toEqual([]);
    } finally {
      reopened.destroy();
    }
  });

  it('proposes marks that reach the server only after the proposal does', async () => {
    const typing = connectClient(server.url, statementId, {
      cookie: estonia.client.cookie,
      params: { mode: 'suggesting' },
    });
    try {
      await waitSynced(typing);
      // Typed while the socket is down: the marks leave only once it is back, after the request.
      typing.provider.disconnect();
      textOf(typing, 0).insert(0, 'Firmly, ', {
        suggestionInsert: marks(estonia, ids.ee, 'sug-in-flight'),
      });
      const proposal = estonia.client.post<{ amendment: Amendment }>(`${base()}/amendments`, {
        delegationId: ids.ee,
        suggestionId: 'sug-in-flight',
        justification: 'Stronger.',
      });
      typing.provider.connect();
      const answer = await proposal;
      expect([answer.status, answer.body.amendment?.proposedText]).toEqual([
        201,
        `Firmly, ${ZERO_DRAFT[0]}`,
      ]);
    } finally {
      typing.destroy();
    }
  });

  it('refuses hostile proposals with a named error, storing nothing', async () => {
    const post = (body: unknown) =>
      niger.client.post<ErrorBody>(`${base()}/amendments`, body as object);
    const before = (await niger.client.get<{ amendments: unknown[] }>(base())).body.amendments;
    const cases: [unknown, number, string][] = [
      [
        { delegationId: ids.ne, suggestionId: '../sug', justification: 'x' },
        400,
        'request.invalid',
      ],
      [
        { delegationId: ids.ne, suggestionId: 's'.repeat(65), justification: 'x' },
        400,
        'request.invalid',
      ],
      [
        { delegationId: ids.ne, suggestionId: 'sug-x', justification: 'x'.repeat(1001) },
        400,
        'request.invalid',
      ],
      [
        { delegationId: ids.ne, suggestionId: 'sug-x', justification: 'x', extra: 1 },
        400,
        'request.invalid',
      ],
      [
        { delegationId: 'no such', suggestionId: 'sug-x', justification: 'x' },
        400,
        'request.invalid',
      ],
      [
        { delegationId: 'nosuchdelegation', suggestionId: 'sug-x', justification: 'x' },
        422,
        'delegation.not_in_debate',
      ],
      [
        { delegationId: ids.ne, suggestionId: 'sug-x', justification: 'x'.repeat(2_000_000) },
        413,
        'request.too_large',
      ],
    ];
    for (const [body, status, code] of cases) {
      const answer = await post(body);
      expect([answer.status, answer.body.error.code]).toEqual([status, code]);
    }
    const after = (await niger.client.get<{ amendments: unknown[] }>(base())).body.amendments;
    expect(after).toEqual(before);
  });

  it('keeps a paragraph’s status with the paragraph when one is inserted before it', async () => {
    const statuses = async () =>
      (
        await niger.client.get<{ paragraphs: { text: string; status: string }[] }>(base())
      ).body.paragraphs.map((p) => `${p.status}: ${p.text.slice(0, 40)}`);
    await pen.client.expect(204, 'PUT', `${base()}/paragraphs/2`, { status: 'agreed' });
    expect((await niger.client.put(`${base()}/paragraphs/2`, { status: 'open' })).status).toBe(403);
    const missing = await pen.client.put<ErrorBody>(`${base()}/paragraphs/9`, { status: 'agreed' });
    expect(missing.body.error.code).toBe('paragraph.not_found');
    const marked = await statuses();
    await change(
      pen,
      (c) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText('Welcoming the briefings,')]);
        c.doc.getXmlFragment('content').insert(0, [paragraph]);
      },
      'Welcoming',
    );
    expect(await statuses()).toEqual(['open: Welcoming the briefings,', ...marked]);
  });

  it('answers 409 for a decision whose marks were withdrawn', async () => {
    await change(
      niger,
      (c) =>
        textOf(c, 0).insert(0, 'Firmly, ', { suggestionInsert: marks(niger, ids.ne, 'sug-gone') }),
      'sug-gone',
    );
    const { amendment } = await niger.client.expect<{ amendment: Amendment }>(
      201,
      'POST',
      `${base()}/amendments`,
      {
        delegationId: ids.ne,
        suggestionId: 'sug-gone',
        justification: 'Stronger.',
      },
    );
    await change(niger, (c) => textOf(c, 0).delete(0, 'Firmly, '.length), 'reaffirms');
    await waitFor(() => !JSON.stringify(statementNode(check.doc).toJSON()).includes('sug-gone'), {
      what: 'withdrawal arrives',
    });
    const late = await pen.client.post<ErrorBody>(`/api/amendments/${amendment.id}/decision`, {
      decision: 'accept',
    });
    expect(late.body.error.code).toBe('amendment.stale');
  });
});
