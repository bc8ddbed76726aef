// Fresh resources for matrix entries whose call consumes or needs one.
import type { AuthWorld } from '../authWorld.js';
import { anchorFromRange } from '@plenary/statement-model';
import { connectClient, waitSynced } from '../collabClient.js';
import { makeDebate, makeStatement } from '../factories.js';
import type { ApiClient } from '../http.js';
import { sampleBytes } from '../samples.js';
import { waitFor } from '../waitFor.js';

export const LETTER = {
  from: 'the President of the Security Council',
  to: 'the Secretary-General',
  date: '2021-04-30',
};
const memo = new WeakMap<AuthWorld, Promise<string>>();

/** A statement of delegation A taken through review and submitted. */
export async function submittedStatement(w: AuthWorld): Promise<string> {
  const { id } = await makeStatement(
    w.clients.drafter,
    w.debate.id,
    [w.delegationA.id],
    'Submitted statement',
  );
  await w.clients.drafter.expect(200, 'POST', `/api/statements/${id}/transitions`, {
    action: 'send_for_review',
  });
  await w.clients.reviewer.expect(200, 'POST', `/api/statements/${id}/transitions`, {
    action: 'clear',
  });
  await w.clients.drafter.expect(200, 'POST', `/api/statements/${id}/transitions`, {
    action: 'submit',
  });
  return id;
}

/** A compilation the administrator requested, once it is built. */
export function finishedCompilation(w: AuthWorld): Promise<string> {
  let job = memo.get(w);
  if (!job) {
    job = (async () => {
      await submittedStatement(w);
      const started = await w.clients.admin.expect<{ job: { id: string } }>(
        202,
        'POST',
        `/api/debates/${w.debate.id}/compilations`,
        {
          format: 'docx',
          coveringLetter: LETTER,
        },
      );
      await waitFor(
        async () =>
          (await w.clients.admin.get<{ job: { status: string } }>(`/api/exports/${started.job.id}`))
            .body.job.status === 'done',
      );
      return started.job.id;
    })();
    memo.set(w, job);
  }
  return job;
}

/** A fresh reference document uploaded by the administrator. */
export async function reference(w: AuthWorld): Promise<{ id: string }> {
  const response = await w.clients.admin.upload<{ reference: { id: string } }>(
    `/api/debates/${w.debate.id}/references`,
    sampleBytes('report2011'),
    'report.txt',
  );
  if (response.status !== 201) throw new Error(`upload failed: ${JSON.stringify(response.body)}`);
  return response.body.reference;
}

export async function emailOf(client: ApiClient): Promise<string> {
  return (await client.get<{ user: { email: string } }>('/api/auth/session')).body.user.email;
}

export interface SubmittedWorkspace {
  statementId: string;
  threadId: string;
  versionId: string;
}
const workspaces = new WeakMap<AuthWorld, Promise<SubmittedWorkspace>>();

/** A submitted statement of delegation A with text, a comment thread and a named version. */
export function submittedWorkspace(w: AuthWorld): Promise<SubmittedWorkspace> {
  let made = workspaces.get(w);
  if (!made) {
    made = (async () => {
      const { drafter, reviewer } = w.clients;
      const { id } = await makeStatement(drafter, w.debate.id, [w.delegationA.id], 'Submitted');
      const writer = connectClient(drafter.baseUrl, id, { cookie: drafter.cookie });
      try {
        await waitSynced(writer);
        writer.appendParagraph('Mr. President, Viet Nam thanks the briefers.');
        const anchor = anchorFromRange(writer.doc, 1, 15);
        const { thread } = await drafter.expect<{ thread: { id: string } }>(
          201,
          'POST',
          `/api/statements/${id}/threads`,
          { anchor, body: 'Internal: soften the sanctions line?' },
        );
        const { version } = await drafter.expect<{ version: { id: string } }>(
          201,
          'POST',
          `/api/statements/${id}/versions`,
          { name: 'Internal draft for capital' },
        );
        for (const [client, action] of [
          [drafter, 'send_for_review'],
          [reviewer, 'clear'],
          [drafter, 'submit'],
        ] as const) {
          await client.expect(200, 'POST', `/api/statements/${id}/transitions`, { action });
        }
        return { statementId: id, threadId: thread.id, versionId: version.id };
      } finally {
        writer.destroy();
      }
    })();
    workspaces.set(w, made);
  }
  return made;
}
/** A new debate that the shared organizer also organizes (for calls that consume it). */
export async function freshOrganizedDebate(w: AuthWorld): Promise<string> {
  const fresh = await makeDebate(w.clients.admin, 'To be deleted');
  const { url } = await w.clients.admin.expect<{ url: string }>(
    201,
    'POST',
    `/api/debates/${fresh.id}/invitations`,
    { email: await emailOf(w.clients.organizer), role: 'organizer' },
  );
  await w.clients.organizer.expect(
    200,
    'POST',
    `/api/invitations/by-token/${url.split('/invite/')[1]}/accept`,
    {},
  );
  return fresh.id;
}
