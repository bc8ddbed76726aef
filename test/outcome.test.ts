// Negotiating a debate's outcome document: who may do what, amendments applied to the shared
// text, revisions with redlines, and the silence procedure across a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementText } from '@plenary/statement-model';
import type * as Y from 'yjs';
import { connectClient, waitSynced } from './support/collabClient.js';
import { makeDebate, makeDelegation, makeMember, setupAdmin } from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';
import { zipEntry } from './e2e/support/zipEntry.js';

interface Overview {
  outcome: { id: string; statementId: string; status: string; silenceDeadline: string | null };
  paragraphs: { number: number; text: string; status: string; holders: string[] }[];
  summary: { total: number; agreed: number; bracketed: number; open: number };
  revisions: { id: string; name: string; status: string; silenceBrokenReason: string | null }[];
  amendments: { id: string; status: string; positions: { delegationName: string }[] }[];
  abilities: Record<string, boolean>;
}
interface ErrorBody {
  error: { code: string };
}
type Member = { client: ApiClient; userId: string };

const HOUR = 60 * 60 * 1000;
const ZERO_DRAFT = [
  'The Security Council reaffirms its primary responsibility for the maintenance of international peace and security.',
  'The Security Council stresses the importance of preventive diplomacy.',
  'The Security Council requests the Secretary-General to report within six months.',
];

describe('outcome document', () => {
  let server: TestServer;
  let admin: ApiClient;
  let debateId: string;
  const delegations: Record<'vn' | 'ee' | 'ne', { id: string; name: string }> = {} as never;
  let pen: Member; // drafter of Viet Nam, the penholder
  let estonia: Member;
  let niger: Member;
  let estoniaReviewer: Member;
  let organizer: Member;
  let outsider: Member;
  const base = () => `/api/debates/${debateId}/outcome`;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await setupAdmin(server.url);
    debateId = (await makeDebate(admin)).id;
    delegations.vn = await makeDelegation(admin, debateId, 'Viet Nam');
    delegations.ee = await makeDelegation(admin, debateId, 'Estonia');
    delegations.ne = await makeDelegation(admin, debateId, 'Niger');
    pen = await makeMember(admin, debateId, 'drafter', delegations.vn.id);
    estonia = await makeMember(admin, debateId, 'drafter', delegations.ee.id);
    niger = await makeMember(admin, debateId, 'drafter', delegations.ne.id);
    estoniaReviewer = await makeMember(admin, debateId, 'reviewer', delegations.ee.id);
    organizer = await makeMember(admin, debateId, 'organizer');
    const other = await makeDebate(admin, 'Another debate');
    const otherDelegation = await makeDelegation(admin, other.id, 'Kenya');
    outsider = await makeMember(admin, other.id, 'drafter', otherDelegation.id);
  }, 120_000);
  afterAll(() => server.stop({ removeData: true }));

  it('is created by an organizer with a penholder, and shared with the debate only', async () => {
    expect((await estonia.client.post(base(), { kind: 'presidential_statement' })).status).toBe(
      403,
    );
    await organizer.client.expect(201, 'POST', base(), {
      kind: 'presidential_statement',
      penholderDelegationId: delegations.vn.id,
      paragraphs: ZERO_DRAFT,
    });
    const dup = await organizer.client.post<ErrorBody>(base(), { kind: 'resolution' });
    expect(dup.body.error.code).toBe('outcome.exists');
    expect((await outsider.client.get(base())).status).toBe(404);
    const seen = await niger.client.get<Overview>(base());
    expect(seen.status).toBe(200);
    expect(seen.body.paragraphs.map((p) => p.text)).toEqual(ZERO_DRAFT);
    expect(seen.body.abilities['outcome.circulate']).toBe(false);
    expect((await pen.client.get<Overview>(base())).body.abilities['outcome.circulate']).toBe(true);
    // Not one of the delegations' statements: it is listed nowhere as one.
    const listed = await organizer.client.get<{ statements: { id: string }[] }>(
      `/api/debates/${debateId}/statements`,
    );
    expect(listed.body.statements.map((s) => s.id)).not.toContain(seen.body.outcome.statementId);
  });

  it('lets only the penholder write the text; other delegations only suggest', async () => {
    const { outcome } = (await niger.client.get<Overview>(base())).body;
    const penEditor = connectClient(server.url, outcome.statementId, { cookie: pen.client.cookie });
    const other = connectClient(server.url, outcome.statementId, { cookie: niger.client.cookie });
    const stranger = connectClient(server.url, outcome.statementId, {
      cookie: outsider.client.cookie,
    });
    const refused = new Promise<number>((resolve) =>
      stranger.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    const otherClosed = new Promise<number>((resolve) =>
      other.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    const check = connectClient(server.url, outcome.statementId, { cookie: estonia.client.cookie });
    try {
      await Promise.all([waitSynced(penEditor), waitSynced(other), waitSynced(check)]);
      penEditor.appendParagraph('The Security Council will remain seized of the matter.');
      await waitFor(() => check.text().includes('remain seized'), { what: 'pen edit arrives' });
      // Niger's drafter writes plain text into the agreed text: not a suggestion, refused.
      other.appendParagraph('Niger writes directly into the agreed text.');
      expect(await otherClosed).toBe(4423);
      expect(await refused).toBe(4404);
      const paragraphs = (await niger.client.get<Overview>(base())).body.paragraphs;
      expect(paragraphs.map((p) => p.text)).toContain(
        'The Security Council will remain seized of the matter.',
      );
      expect(paragraphs.map((p) => p.text).join(' ')).not.toContain('Niger writes');
      // The penholder takes the closing paragraph out again.
      const fragment = penEditor.doc.getXmlFragment('content');
      fragment.delete(fragment.length - 1, 1);
      await waitFor(() => !check.text().includes('remain seized'), { what: 'pen deletion' });
    } finally {
      for (const client of [penEditor, other, stranger, check]) client.destroy();
    }
  });

  it('takes a delegation’s amendment marks in its own name only (4424 otherwise)', async () => {
    const { outcome } = (await pen.client.get<Overview>(base())).body;
    const attributes = (delegationId: string) => ({
      id: `amendment-${delegationId}`,
      authorId: niger.userId,
      delegationId,
      createdAt: new Date().toISOString(),
    });
    const write = async (delegationId: string, text: string) => {
      const client = connectClient(server.url, outcome.statementId, {
        cookie: niger.client.cookie,
      });
      await waitSynced(client);
      const closed = new Promise<number>((resolve) =>
        client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
      );
      const paragraph = client.doc.getXmlFragment('content').get(0) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).insert(0, text, {
        suggestionInsert: attributes(delegationId),
      });
      return { client, closed };
    };
    const forged = await write(delegations.ee.id, 'Forged ');
    expect(await forged.closed).toBe(4424);
    forged.client.destroy();
    const own = await write(delegations.ne.id, 'Own ');
    const check = connectClient(server.url, outcome.statementId, { cookie: pen.client.cookie });
    try {
      await waitSynced(check);
      // Read with suggestions accepted: "as it stands" leaves suggested text out.
      const withSuggestions = () => statementText(check.doc, 'accepted');
      await waitFor(() => withSuggestions().startsWith('Own '), { what: 'own amendment stored' });
      expect(withSuggestions()).not.toContain('Forged');
      // Niger withdraws its own suggestion, so the text is the zero draft again.
      const paragraph = own.client.doc.getXmlFragment('content').get(0) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).delete(0, 'Own '.length);
      await waitFor(() => withSuggestions().startsWith(ZERO_DRAFT[0]!), {
        what: 'amendment removed',
      });
    } finally {
      check.destroy();
      own.client.destroy();
    }
  });

  it('circulates the zero draft, takes amendments with support and objections, and Rev. 1', async () => {
    expect((await estonia.client.post(`${base()}/revisions`)).status).toBe(403);
    expect((await organizer.client.post(`${base()}/revisions`)).status).toBe(403);
    const { revision: zero } = await pen.client.expect<{ revision: { id: string; name: string } }>(
      201,
      'POST',
      `${base()}/revisions`,
    );
    expect(zero.name).toBe('Zero draft');

    // Estonia proposes in its own name only.
    const proposal = {
      paragraph: 2,
      action: 'replace',
      proposedText:
        'The Security Council stresses the importance of preventive diplomacy and mediation.',
      justification: 'Mediation is the tool the concept note asks about.',
    };
    expect(
      (
        await estonia.client.post(`${base()}/amendments`, {
          ...proposal,
          delegationId: delegations.vn.id,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await estoniaReviewer.client.post(`${base()}/amendments`, {
          ...proposal,
          delegationId: delegations.ee.id,
        })
      ).status,
    ).toBe(403);
    const { amendment: mediation } = await estonia.client.expect<{ amendment: { id: string } }>(
      201,
      'POST',
      `${base()}/amendments`,
      { ...proposal, delegationId: delegations.ee.id },
    );
    const { amendment: deletion } = await niger.client.expect<{ amendment: { id: string } }>(
      201,
      'POST',
      `${base()}/amendments`,
      {
        delegationId: delegations.ne.id,
        paragraph: 3,
        action: 'delete',
        justification: 'Too early.',
      },
    );
    // Support and objection, each in the name of one's own delegation.
    await niger.client.expect(200, 'POST', `/api/amendments/${mediation.id}/positions`, {
      delegationId: delegations.ne.id,
      stance: 'support',
    });
    await estoniaReviewer.client.expect(200, 'POST', `/api/amendments/${deletion.id}/positions`, {
      delegationId: delegations.ee.id,
      stance: 'object',
      comment: 'The report is needed.',
    });
    const own = await estonia.client.post<ErrorBody>(`/api/amendments/${mediation.id}/positions`, {
      delegationId: delegations.ee.id,
      stance: 'support',
    });
    expect(own.body.error.code).toBe('amendment.own');
    expect(
      (
        await outsider.client.post(`/api/amendments/${mediation.id}/positions`, {
          delegationId: delegations.ee.id,
          stance: 'support',
        })
      ).status,
    ).toBe(404);

    // Only the penholder decides.
    expect(
      (await niger.client.post(`/api/amendments/${mediation.id}/decision`, { decision: 'accept' }))
        .status,
    ).toBe(403);
    await pen.client.expect(200, 'POST', `/api/amendments/${mediation.id}/decision`, {
      decision: 'accept',
    });
    await pen.client.expect(200, 'POST', `/api/amendments/${deletion.id}/decision`, {
      decision: 'reject',
    });
    const again = await pen.client.post<ErrorBody>(`/api/amendments/${deletion.id}/decision`, {
      decision: 'accept',
    });
    expect(again.body.error.code).toBe('amendment.decided');

    const view = (await estonia.client.get<Overview>(base())).body;
    expect(view.paragraphs[1]!.text).toBe(proposal.proposedText);
    expect(view.paragraphs[2]!.text).toBe(ZERO_DRAFT[2]);
    expect(view.amendments.map((a) => a.status)).toEqual(['accepted', 'rejected']);
    expect(view.amendments[0]!.positions.map((p) => p.delegationName)).toEqual(['Niger']);

    const { revision: rev1 } = await pen.client.expect<{ revision: { id: string; name: string } }>(
      201,
      'POST',
      `${base()}/revisions`,
    );
    expect(rev1.name).toBe('Rev. 1');
    const { redline } = await niger.client.expect<{
      redline: { kind: string; text: string }[];
    }>(200, 'GET', `${base()}/revisions/${rev1.id}`);
    expect(redline.filter((p) => p.kind === 'insert').map((p) => p.text.trim())).toContain(
      'and mediation',
    );
  });

  it('exports revisions in UN layout, the redline as tracked changes, and the amendments table', async () => {
    const { revisions } = (await niger.client.get<Overview>(base())).body;
    const rev1 = revisions.at(-1)!;
    const words = (xml: string | undefined) => (xml ?? '').replace(/<[^>]+>/g, '');
    const docx = async (query: string) => {
      const response = await fetch(
        `${server.url}/api/debates/${debateId}/outcome/export?${query}`,
        {
          headers: { cookie: niger.client.cookie ?? '' },
        },
      );
      expect(response.status).toBe(200);
      return zipEntry(Buffer.from(await response.arrayBuffer()), 'word/document.xml')?.toString(
        'utf8',
      );
    };
    const revisionXml = await docx(`what=revision&format=docx&revision=${rev1.id}`);
    expect(words(revisionXml)).toContain('and mediation');
    const redlineXml = await docx(`what=redline&format=docx&revision=${rev1.id}`);
    expect(redlineXml).toContain('<w:ins ');
    expect(words(redlineXml)).toContain('Changes from Zero draft');
    const table = await docx('what=compilation&format=docx');
    expect(words(table)).toContain('Penholder’s decision');
    expect(words(table)).toContain('Rejected');
    expect(words(table)).toMatch(/Estonia \(The report is needed\.\)/);
    const pdf = await fetch(
      `${server.url}/api/debates/${debateId}/outcome/export?what=revision&format=pdf`,
      {
        headers: { cookie: niger.client.cookie ?? '' },
      },
    );
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const outside = await outsider.client.get(
      `/api/debates/${debateId}/outcome/export?what=compilation`,
    );
    expect(outside.status).toBe(404);
  });

  it('marks paragraph status (penholder only) and sums it up', async () => {
    const path = `${base()}/paragraphs/1`;
    expect((await estonia.client.request('PUT', path, { status: 'agreed' })).status).toBe(403);
    await pen.client.expect(204, 'PUT', path, { status: 'agreed' });
    await pen.client.expect(204, 'PUT', `${base()}/paragraphs/3`, {
      status: 'bracketed',
      holders: [delegations.ee.id],
    });
    const { paragraphs, summary } = (await niger.client.get<Overview>(base())).body;
    expect(paragraphs[2]).toMatchObject({ status: 'bracketed', holders: [delegations.ee.id] });
    expect(summary).toMatchObject({ agreed: 1, bracketed: 1, open: summary.total - 2 });
  });

  it('breaks silence with a reason, and everyone hears of it', async () => {
    const deadline = new Date(Date.now() + HOUR).toISOString();
    expect((await estonia.client.post(`${base()}/silence`, { deadline })).status).toBe(403);
    await pen.client.expect(200, 'POST', `${base()}/silence`, { deadline });
    // Under silence nothing changes the text, and the penholder cannot break its own silence.
    const frozen = await niger.client.post<ErrorBody>(`${base()}/amendments`, {
      delegationId: delegations.ne.id,
      paragraph: 1,
      action: 'delete',
      justification: 'Late.',
    });
    expect(frozen.body.error.code).toBe('outcome.under_silence');
    const own = await pen.client.post(`${base()}/silence/break`, {
      delegationId: delegations.vn.id,
      reason: 'Changed our mind',
    });
    expect(own.status).toBe(403);
    const { outcome } = await niger.client.expect<{ outcome: { status: string } }>(
      200,
      'POST',
      `${base()}/silence/break`,
      { delegationId: delegations.ne.id, reason: 'Paragraph 3 still needs the capital’s view.' },
    );
    expect(outcome.status).toBe('drafting');
    const view = (await pen.client.get<Overview>(base())).body;
    expect(view.revisions.at(-1)).toMatchObject({
      name: 'Rev. 1',
      status: 'silence_broken',
      silenceBrokenReason: 'Paragraph 3 still needs the capital’s view.',
    });
    const bell = await pen.client.get<{ notifications: { kind: string; excerpt: string }[] }>(
      '/api/notifications',
    );
    expect(bell.body.notifications[0]).toMatchObject({ kind: 'outcome_silence_broken' });
    expect(bell.body.notifications[0]!.excerpt).toContain('Niger broke silence');
  });

  it('adopts a revision whose silence passes, once, after a restart', async () => {
    await pen.client.expect(201, 'POST', `${base()}/revisions`);
    const deadline = new Date(Date.now() + HOUR).toISOString();
    await pen.client.expect(200, 'POST', `${base()}/silence`, { deadline });
    const { dataDir } = server;
    await server.stop();
    server = await startTestServer({ dataDir });
    for (const member of [pen, niger, estonia, organizer])
      (member.client as { baseUrl: string }).baseUrl = server.url;
    // Before the deadline nothing happens; after it, exactly one claim wins.
    expect(await server.server.silence.tick(new Date())).toEqual([]);
    const later = new Date(Date.now() + 2 * HOUR);
    const { outcome } = (await pen.client.get<Overview>(base())).body;
    const [adopted, second] = await Promise.all([
      server.server.silence.tick(later),
      server.server.stores.outcomes.claimPassedSilence(outcome.id, later.toISOString()),
    ]);
    expect(adopted.length + (second ? 1 : 0)).toBe(1);
    const view = (await niger.client.get<Overview>(base())).body;
    expect(view.outcome.status).toBe('adopted');
    expect(view.abilities['outcome.editText']).toBe(false);
    const late = await niger.client.post<ErrorBody>(`${base()}/silence/break`, {
      delegationId: delegations.ne.id,
      reason: 'Too late',
    });
    expect(late.status).toBe(403);
    expect((await pen.client.post(`${base()}/revisions`)).status).toBe(403);
    const editor = connectClient(server.url, outcome.statementId, { cookie: pen.client.cookie });
    try {
      await waitSynced(editor);
      expect(editor.provider.wsconnected).toBe(true);
      editor.appendParagraph('After adoption.');
      const check = connectClient(server.url, outcome.statementId, { cookie: niger.client.cookie });
      await waitSynced(check);
      expect(check.text()).not.toContain('After adoption.');
      check.destroy();
    } finally {
      editor.destroy();
    }
  });
});
