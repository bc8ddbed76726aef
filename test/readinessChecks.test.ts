// The checks before review and submission: over the limit (by how much), unaddressed points,
// open comment threads, empty template sections; and the limit as the organizer's hard rule.
import { anchorFromRange } from '@plenary/statement-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, waitSynced } from './support/collabClient.js';
import { makeDebate, makeDelegation, makeMember, setupAdmin } from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

interface Checks {
  overLimit: { seconds: number; overSeconds: number; limitMinutes: number } | null;
  limitIsStrict: boolean;
  unaddressedPoints: string[];
  openThreads: number;
  emptySections: string[];
}

describe('checks before review and submission', () => {
  let server: TestServer;
  let admin: ApiClient;
  let drafter: ApiClient;
  let reviewer: ApiClient;
  let debateId: string;
  let delegationId: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await setupAdmin(server.url);
    debateId = (await makeDebate(admin)).id;
    delegationId = (await makeDelegation(admin, debateId, 'Viet Nam')).id;
    drafter = (await makeMember(admin, debateId, 'drafter', delegationId)).client;
    reviewer = (await makeMember(admin, debateId, 'reviewer', delegationId)).client;
    await admin.expect(200, 'POST', `/api/debates/${debateId}/concept-note`, {
      fileName: 'note.txt',
      format: 'text',
      text: 'Concept note',
      symbol: null,
      fields: {
        theme: 'Maintenance of international peace and security',
        speakingLimitMinutes: 5,
      },
      objectives: [],
      discussionPoints: [
        { label: '1', text: 'How can regional organizations help prevent conflict?' },
        { label: '2', text: 'What role for women in mediation?' },
      ],
    });
  });
  afterAll(() => server.stop({ removeData: true }));

  it('lists every warning, and refuses an over-limit statement only under the strict rule', async () => {
    const { statement } = await drafter.expect<{ statement: { id: string } }>(
      201,
      'POST',
      `/api/debates/${debateId}/statements`,
      {
        title: 'Long statement',
        delegationIds: [delegationId],
        template: { salutation: 'Mr. President,' },
      },
    );
    const checks = async () =>
      (
        await drafter.expect<{ checks: Checks }>(
          200,
          'GET',
          `/api/statements/${statement.id}/checks`,
        )
      ).checks;
    const fresh = await checks();
    expect(fresh.emptySections).toEqual(['1', '2']);
    expect(fresh.unaddressedPoints).toEqual(['1', '2']);
    expect(fresh.overLimit).toBeNull();

    // The template's header is not spoken: its other 20 words and 700 more, 720 words at 120 a
    // minute, are 6 minutes against 5.
    const writer = connectClient(server.url, statement.id, { cookie: drafter.cookie });
    await waitSynced(writer);
    writer.appendParagraph(Array.from({ length: 700 }, () => 'peace').join(' '));
    const anchor = anchorFromRange(writer.doc, 1, 8);
    await waitFor(async () => (await checks()).overLimit !== null);
    writer.destroy();
    await reviewer.expect(201, 'POST', `/api/statements/${statement.id}/threads`, {
      anchor,
      body: 'Too long?',
    });
    const warned = await checks();
    expect(warned.overLimit).toMatchObject({ limitMinutes: 5, overSeconds: 60, seconds: 360 });
    expect(warned.openThreads).toBe(1);
    expect(warned.limitIsStrict).toBe(false);

    await admin.expect(200, 'PATCH', `/api/debates/${debateId}`, { speakingLimitStrict: true });
    expect((await checks()).limitIsStrict).toBe(true);
    const refused = await drafter.post<{ error: { code: string; message: string } }>(
      `/api/statements/${statement.id}/transitions`,
      { action: 'send_for_review' },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('statement.over_limit');
    expect(refused.body.error.message).toContain('1 min over the 5 minute speaking limit');

    await admin.expect(200, 'PATCH', `/api/debates/${debateId}`, { speakingLimitStrict: false });
    await drafter.expect(200, 'POST', `/api/statements/${statement.id}/transitions`, {
      action: 'send_for_review',
    });
  });
});
