import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, waitSynced } from './support/collabClient.js';
import { makeDelegation, makeMember, makeDraftingTeam } from './support/factories.js';
import { startTestServer, type TestServer } from './support/testServer.js';

// Statements in the six official languages through the real API: the language a statement
// is created in (explicit, or the delegation's usual one), its template, its speaking rate,
// and the language and direction of its Word export.

interface StatementJson {
  id: string;
  language: string;
}
interface DelegationJson {
  id: string;
  language: string;
  wordsPerMinute: number;
}

describe('statement languages', () => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeDraftingTeam>>;

  beforeAll(async () => {
    server = await startTestServer();
    team = await makeDraftingTeam(server.url);
  });
  afterAll(() => server.stop({ removeData: true }));

  const create = (body: Record<string, unknown>) =>
    team.drafter.client.request<{
      statement: StatementJson;
      error?: { code: string; message: string };
    }>('POST', `/api/debates/${team.debate.id}/statements`, {
      title: 'Statement',
      delegationIds: [team.delegation.id],
      ...body,
    });
  const settings = (delegationId: string, body: unknown) =>
    team.drafter.client.request<{ delegation: DelegationJson; error?: { message: string } }>(
      'PATCH',
      `/api/delegations/${delegationId}`,
      body,
    );

  it('creates statements in English by default and in any official language on request', async () => {
    expect((await create({})).body.statement.language).toBe('en');
    const arabic = await create({ language: 'ar' });
    expect(arabic.status).toBe(201);
    expect(arabic.body.statement.language).toBe('ar');
    const fetched = await team.drafter.client.get<{ statement: StatementJson }>(
      `/api/statements/${arabic.body.statement.id}`,
    );
    expect(fetched.body.statement.language).toBe('ar');
  });

  it('refuses a language that is not one of the six, saying which are', async () => {
    const response = await create({ language: 'de' });
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toMatch(/ar, zh, en, fr, ru, es/);
  });

  it('starts a statement in the delegation’s usual language, with that language’s template', async () => {
    const changed = await settings(team.delegation.id, { language: 'fr' });
    expect(changed.status).toBe(200);
    expect(changed.body.delegation).toMatchObject({ language: 'fr', wordsPerMinute: 120 });
    const { body } = await create({ template: { salutation: 'Madam President,' } });
    expect(body.statement.language).toBe('fr');
    const reader = connectClient(server.url, body.statement.id, {
      cookie: team.drafter.client.cookie,
    });
    await waitSynced(reader);
    const text = reader.doc.getXmlFragment('content').toJSON();
    reader.destroy();
    expect(text).toContain('Madame la Présidente,');
    expect(text).toContain('New York, le 19 avril 2021');
    expect(text).toContain('Seul le prononcé fait foi');
    expect(text).toContain('Je vous remercie.');
  });

  it('resets the rate to the new language’s default and bounds rates by unit', async () => {
    const other = await makeDelegation(team.admin, team.debate.id, 'China');
    const chinese = await settings(other.id, { language: 'zh' });
    // The drafter is not in this delegation: only its drafters or the organizer may change it.
    expect(chinese.status).toBe(403);
    const organizerChange = await team.admin.request<{ delegation: DelegationJson }>(
      'PATCH',
      `/api/delegations/${other.id}`,
      { language: 'zh' },
    );
    expect(organizerChange.body.delegation).toMatchObject({ language: 'zh', wordsPerMinute: 180 });
    const fast = await team.admin.request('PATCH', `/api/delegations/${other.id}`, {
      wordsPerMinute: 300,
    });
    expect(fast.status).toBe(200);
    const tooFast = await settings(team.delegation.id, { wordsPerMinute: 300 });
    expect(tooFast.status).toBe(400);
    expect(tooFast.body.error?.message).toMatch(/at most 250 words a minute/);
    expect((await settings(team.delegation.id, {})).status).toBe(400);
  });

  it('times a statement in another language than the delegation’s at that language’s default', async () => {
    await settings(team.delegation.id, { language: 'fr', wordsPerMinute: 140 });
    const french = (await create({ language: 'fr' })).body.statement;
    const chinese = (await create({ language: 'zh' })).body.statement;
    const { body } = await team.drafter.client.get<{
      statements: { statementId: string; rate: { perMinute: number; unit: string } }[];
    }>(`/api/debates/${team.debate.id}/coverage`);
    const rateOf = (id: string) => body.statements.find((s) => s.statementId === id)?.rate;
    expect(rateOf(french.id)).toEqual({ perMinute: 140, unit: 'words' });
    expect(rateOf(chinese.id)).toEqual({ perMinute: 180, unit: 'characters' });
  });

  it('exports an Arabic statement to Word with right-to-left, Arabic-tagged paragraphs', async () => {
    const arabic = (await create({ language: 'ar', template: { salutation: 'Mr. President,' } }))
      .body.statement;
    const response = await fetch(`${server.url}/api/statements/${arabic.id}/export?format=docx`, {
      headers: { cookie: team.drafter.client.cookie ?? '' },
    });
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('السيد الرئيس،');
    expect(xml).toMatch(/<w:bidi\/>/);
    expect(xml).toMatch(/<w:lang [^>]*w:bidi="ar-SA"/);
  });

  it('lets a viewer read the language but not change the delegation’s', async () => {
    const viewer = await makeMember(team.admin, team.debate.id, 'viewer', team.delegation.id);
    const response = await viewer.client.request(
      'PATCH',
      `/api/delegations/${team.delegation.id}`,
      {
        language: 'ru',
      },
    );
    expect(response.status).toBe(403);
  });
});
