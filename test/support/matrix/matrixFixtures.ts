// Fresh resources for matrix entries whose call consumes or needs one.
import type { AuthWorld } from '../authWorld.js';
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
