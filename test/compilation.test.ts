import mammoth from 'mammoth';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, waitSynced } from './support/collabClient.js';
import {
  makeDebate,
  makeDelegation,
  makeMember,
  makeStatement,
  setupAdmin,
} from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

describe('the organizer’s compilation of submitted statements', () => {
  let server: TestServer;
  let organizer: ApiClient;
  let debateId: string;

  beforeAll(async () => {
    server = await startTestServer();
    organizer = await setupAdmin(server.url);
    debateId = (await makeDebate(organizer, 'Cooperation with regional organizations')).id;
    // Created out of alphabetical order: the compilation sorts contributors.
    for (const name of ['Viet Nam', 'Côte d’Ivoire', 'Estonia']) {
      const delegation = await makeDelegation(organizer, debateId, name);
      const drafter = await makeMember(organizer, debateId, 'drafter', delegation.id);
      const reviewer = await makeMember(organizer, debateId, 'reviewer', delegation.id);
      const { id } = await makeStatement(
        drafter.client,
        debateId,
        [delegation.id],
        `Statement of ${name}`,
      );
      const writer = connectClient(server.url, id, { cookie: drafter.client.cookie });
      await waitSynced(writer);
      writer.appendParagraph(`${name} supports early warning by regional organizations.`);
      await waitFor(async () => (await server.server.stores.documents.rowCount(id)) > 0);
      writer.destroy();
      await drafter.client.expect(200, 'POST', `/api/statements/${id}/transitions`, {
        action: 'send_for_review',
      });
      await reviewer.client.expect(200, 'POST', `/api/statements/${id}/transitions`, {
        action: 'clear',
      });
      if (name !== 'Estonia')
        await drafter.client.expect(200, 'POST', `/api/statements/${id}/transitions`, {
          action: 'submit',
        });
    }
  });
  afterAll(() => server.stop({ removeData: true }));

  it('builds the DOCX in the background with progress, submitted statements only, in alphabetical order', async () => {
    const socket = io(server.url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { cookie: organizer.cookie ?? '' },
    });
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    const progress: number[] = [];
    const finished = new Promise<void>((resolve) =>
      socket.on('export:progress', ({ job }: { job: { done: number; status: string } }) => {
        progress.push(job.done);
        if (job.status === 'done') resolve();
      }),
    );
    const { job } = await organizer.expect<{ job: { id: string; total: number } }>(
      202,
      'POST',
      `/api/debates/${debateId}/compilations`,
      {
        format: 'docx',
        coveringLetter: {
          from: 'the President of the Security Council',
          to: 'the Secretary-General',
          date: '2021-04-30',
        },
      },
    );
    expect(job.total).toBe(3);
    await finished;
    socket.disconnect();
    expect(progress.length).toBeGreaterThan(1);

    const response = await fetch(`${server.url}/api/exports/${job.id}/download`, {
      headers: { cookie: organizer.cookie ?? '' },
    });
    expect(response.status).toBe(200);
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(await response.arrayBuffer()),
    });
    const ivoire = value.indexOf('Côte d’Ivoire supports early warning');
    const vietNam = value.indexOf('Viet Nam supports early warning');
    expect(ivoire).toBeGreaterThan(0);
    expect(vietNam).toBeGreaterThan(ivoire);
    expect(value).toContain('Statement of Viet Nam');
    expect(value).not.toContain('Estonia supports');
  });

  it('refuses a compilation when nothing is submitted, with a clear message', async () => {
    const empty = await makeDebate(organizer, 'Nothing submitted');
    const response = await organizer.post<{ error: { code: string; message: string } }>(
      `/api/debates/${empty.id}/compilations`,
      {
        format: 'pdf',
        coveringLetter: { from: 'a', to: 'b', date: '2021-04-30' },
      },
    );
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('compilation.empty');
  });
});
