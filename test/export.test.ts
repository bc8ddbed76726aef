import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, waitSynced } from './support/collabClient.js';
import { makeDraftingTeam, makeMember, makeStatement } from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { storedText } from './support/storedText.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

const PARAGRAPHS = [
  'Mr. President,',
  'Viet Nam thanks Côte d’Ivoire and Türkiye for their statements.',
  'We support the <script>alert(1)</script> initiative — “early warning” first.',
];

async function download(client: ApiClient, path: string) {
  const response = await fetch(`${client.baseUrl}${path}`, {
    headers: { cookie: client.cookie ?? '' },
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  let text = '';
  for (let page = 1; page <= pdf.numPages; page += 1) {
    const content = await (await pdf.getPage(page)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  return text.replace(/\s+/g, ' ');
}

describe('exporting a statement', () => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeDraftingTeam>>;
  let organizer: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    team = await makeDraftingTeam(server.url);
    organizer = (await makeMember(team.admin, team.debate.id, 'organizer')).client;
    await team.admin.expect(200, 'PATCH', `/api/debates/${team.debate.id}`, {
      submissionEmail: 'dppa-scsb3@un.org',
      submissionDeadline: '2021-04-19',
      format: 'open debate',
    });
    const writer = connectClient(server.url, team.statement.id, {
      cookie: team.drafter.client.cookie,
    });
    await waitSynced(writer);
    for (const paragraph of PARAGRAPHS) writer.appendParagraph(paragraph);
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 2 as unknown as string);
    heading.insert(0, [new Y.XmlText('Early warning')]);
    writer.doc.getXmlFragment('content').insert(1, [heading]);
    await waitFor(async () => {
      const text = await storedText(server.server.stores.documents, team.statement.id);
      return text.includes('Early warning') && text.includes('“early warning” first');
    });
    writer.destroy();
  });
  afterAll(() => server.stop({ removeData: true }));

  it('exports DOCX that reads back with the same paragraphs in the same order', async () => {
    const { response, bytes } = await download(
      team.drafter.client,
      `/api/statements/${team.statement.id}/export?format=docx`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?[^"]+\.docx"?(; filename\*=UTF-8''\S+)?$/,
    );
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const lines = value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const order = [PARAGRAPHS[0]!, 'Early warning', PARAGRAPHS[1]!, PARAGRAPHS[2]!].map((p) =>
      lines.indexOf(p),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('exports PDF with an embedded font that keeps non-ASCII names', async () => {
    const { response, bytes } = await download(
      team.drafter.client,
      `/api/statements/${team.statement.id}/export?format=pdf`,
    );
    expect(response.status).toBe(200);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Côte d’Ivoire');
    expect(text).toContain('Türkiye');
  });

  it('exports Markdown, text and HTML, escaping markup in HTML', async () => {
    for (const format of ['md', 'txt', 'html']) {
      const { response, bytes } = await download(
        team.drafter.client,
        `/api/statements/${team.statement.id}/export?format=${format}`,
      );
      expect(response.status).toBe(200);
      expect(Buffer.from(bytes).toString()).toContain('Côte d’Ivoire and Türkiye');
    }
    const html = Buffer.from(
      (
        await download(
          team.drafter.client,
          `/api/statements/${team.statement.id}/export?format=html`,
        )
      ).bytes,
    ).toString();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('exports the delivered version without the written-only paragraphs', async () => {
    const statement = await makeStatement(
      team.drafter.client,
      team.debate.id,
      [team.delegation.id],
      'Statement with an annex',
    );
    const writer = connectClient(server.url, statement.id, { cookie: team.drafter.client.cookie });
    await waitSynced(writer);
    for (const text of ['Mr. President,', 'Read out in the chamber.', 'Circulated in writing.']) {
      writer.appendParagraph(text);
    }
    const fragment = writer.doc.getXmlFragment('content');
    (fragment.get(fragment.length - 1) as Y.XmlElement).setAttribute(
      'written',
      true as unknown as string,
    );
    const base = `/api/statements/${statement.id}/export`;
    const text = async (query: string) =>
      Buffer.from((await download(team.drafter.client, `${base}?${query}`)).bytes).toString();
    // The server has the last paragraph and its mark when the written text has it and the
    // delivered one does not.
    await waitFor(async () => {
      const delivered = await text('format=txt&version=delivered');
      const written = await text('format=txt');
      return written.includes('Circulated in writing.') && !delivered.includes('Circulated');
    });
    writer.destroy();
    expect(await text('format=txt')).toContain('Circulated in writing.');
    const delivered = await text('format=txt&version=delivered');
    expect(delivered).toContain('Read out in the chamber.');
    expect(delivered).not.toContain('Circulated in writing.');
    const pdf = await download(team.drafter.client, `${base}?format=pdf&version=delivered`);
    expect(pdf.response.headers.get('content-disposition')).toMatch(/-delivered\.pdf/);
    expect(await pdfText(pdf.bytes)).not.toContain('Circulated');
    const wrong = await team.drafter.client.get<{ error: { message: string } }>(
      `${base}?format=pdf&version=spoken`,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toContain('written or delivered');
  });

  it('builds the submission pack addressed to the concept note’s address', async () => {
    const pack = await team.drafter.client.get<{
      email: { to: string; subject: string; body: string };
      docxUrl: string;
    }>(`/api/statements/${team.statement.id}/submission-pack`);
    expect(pack.body.email.to).toBe('dppa-scsb3@un.org');
    expect(pack.body.email.subject).toContain('Viet Nam');
    expect(pack.body.email.body).toContain('19 April 2021');
    expect(pack.body.docxUrl).toContain('format=docx');
  });

  it('exports an empty statement, and refuses an unknown format naming it', async () => {
    const empty = await makeStatement(
      team.drafter.client,
      team.debate.id,
      [team.delegation.id],
      'Empty statement',
    );
    const { response } = await download(
      team.drafter.client,
      `/api/statements/${empty.id}/export?format=docx`,
    );
    expect(response.status).toBe(200);
    const unknown = await team.drafter.client.get<{ error: { code: string; message: string } }>(
      `/api/statements/${empty.id}/export?format=odt`,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('format');
  });

  it('lets an organizer export only once the statement is submitted', async () => {
    expect(
      (await download(organizer, `/api/statements/${team.statement.id}/export?format=md`)).response
        .status,
    ).toBe(403);
    const reviewer = (await makeMember(team.admin, team.debate.id, 'reviewer', team.delegation.id))
      .client;
    await team.drafter.client.expect(
      200,
      'POST',
      `/api/statements/${team.statement.id}/transitions`,
      { action: 'send_for_review' },
    );
    await reviewer.expect(200, 'POST', `/api/statements/${team.statement.id}/transitions`, {
      action: 'clear',
    });
    await team.drafter.client.expect(
      200,
      'POST',
      `/api/statements/${team.statement.id}/transitions`,
      { action: 'submit' },
    );
    const { response, bytes } = await download(
      organizer,
      `/api/statements/${team.statement.id}/export?format=md`,
    );
    expect(response.status).toBe(200);
    expect(Buffer.from(bytes).toString()).toContain('Türkiye');
  });
});
