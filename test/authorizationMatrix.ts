// The expected outcome of every REST route and socket.io event for every role.
// Adding a route or event without an entry here fails the authorization test.
import type { AuthWorld, RoleName } from './support/authWorld.js';
import { makeDebate, makeDelegation, makeStatement } from './support/factories.js';
import type { ApiClient, ApiResponse } from './support/http.js';
import { sampleBytes } from './support/samples.js';
import { waitFor } from './support/waitFor.js';

export interface MatrixEntry {
  allowed: readonly RoleName[];
  run(client: ApiClient, world: AuthWorld): Promise<ApiResponse<unknown>>;
}

const SIGNED_IN: RoleName[] = [
  'outsider',
  'viewer',
  'reviewer',
  'drafter',
  'otherDrafter',
  'organizer',
  'admin',
];
const IN_DEBATE: RoleName[] = [
  'viewer',
  'reviewer',
  'drafter',
  'otherDrafter',
  'organizer',
  'admin',
];
const IN_DELEGATION_A: RoleName[] = ['viewer', 'reviewer', 'drafter'];
const MANAGERS: RoleName[] = ['organizer', 'admin'];
const COMMENTERS: RoleName[] = ['reviewer', 'drafter'];

export const restMatrix: Record<string, MatrixEntry> = {
  'GET /api/debates': { allowed: SIGNED_IN, run: (c) => c.get('/api/debates') },
  'POST /api/debates': {
    allowed: SIGNED_IN,
    run: (c) => c.post('/api/debates', { theme: 'New debate' }),
  },
  'GET /api/debates/:debateId': {
    allowed: IN_DEBATE,
    run: (c, w) => c.get(`/api/debates/${w.debate.id}`),
  },
  'PATCH /api/debates/:debateId': {
    allowed: MANAGERS,
    run: (c, w) => c.patch(`/api/debates/${w.debate.id}`, { format: 'Open debate' }),
  },
  'DELETE /api/debates/:debateId': {
    allowed: MANAGERS,
    run: async (c, w) => {
      const fresh = await makeDebate(w.clients.admin, 'To be deleted');
      await w.clients.admin.expect(201, 'POST', `/api/debates/${fresh.id}/delegations`, {
        name: 'A',
      });
      // The organizer of the shared debate organizes this one too.
      const { url } = await w.clients.admin.expect<{ url: string }>(
        201,
        'POST',
        `/api/debates/${fresh.id}/invitations`,
        {
          email: await emailOf(w.clients.organizer),
          role: 'organizer',
        },
      );
      await w.clients.organizer.expect(
        200,
        'POST',
        `/api/invitations/by-token/${url.split('/invite/')[1]}/accept`,
        {},
      );
      return c.delete(`/api/debates/${fresh.id}`);
    },
  },
  'GET /api/debates/:debateId/audit': {
    allowed: MANAGERS,
    run: (c, w) => c.get(`/api/debates/${w.debate.id}/audit`),
  },
  'POST /api/debates/:debateId/delegations': {
    allowed: MANAGERS,
    run: (c, w) =>
      c.post(`/api/debates/${w.debate.id}/delegations`, { name: `Delegation ${Math.random()}` }),
  },
  'DELETE /api/delegations/:delegationId': {
    allowed: MANAGERS,
    run: async (c, w) =>
      c.delete(`/api/delegations/${(await makeDelegation(w.clients.admin, w.debate.id)).id}`),
  },
  'GET /api/delegations/:delegationId/members': {
    allowed: [...IN_DELEGATION_A, ...MANAGERS],
    run: (c, w) => c.get(`/api/delegations/${w.delegationA.id}/members`),
  },
  'PUT /api/delegations/:delegationId/members/:userId': {
    allowed: MANAGERS,
    run: async (c, w) => {
      const response = await c.put(
        `/api/delegations/${w.delegationB.id}/members/${w.target.userId}`,
        { role: 'viewer' },
      );
      await w.clients.admin.delete(
        `/api/delegations/${w.delegationB.id}/members/${w.target.userId}`,
      );
      return response;
    },
  },
  'DELETE /api/delegations/:delegationId/members/:userId': {
    allowed: MANAGERS,
    run: async (c, w) => {
      await w.clients.admin.expect(
        204,
        'PUT',
        `/api/delegations/${w.delegationB.id}/members/${w.target.userId}`,
        {
          role: 'viewer',
        },
      );
      const response = await c.delete(
        `/api/delegations/${w.delegationB.id}/members/${w.target.userId}`,
      );
      await w.clients.admin.delete(
        `/api/delegations/${w.delegationB.id}/members/${w.target.userId}`,
      );
      return response;
    },
  },
  'GET /api/debates/:debateId/invitations': {
    allowed: MANAGERS,
    run: (c, w) => c.get(`/api/debates/${w.debate.id}/invitations`),
  },
  'POST /api/debates/:debateId/invitations': {
    allowed: MANAGERS,
    run: (c, w) =>
      c.post(`/api/debates/${w.debate.id}/invitations`, {
        email: 'someone@example.org',
        role: 'viewer',
        delegationId: w.delegationA.id,
      }),
  },
  'DELETE /api/invitations/:invitationId': {
    allowed: MANAGERS,
    run: async (c, w) => {
      const { invitation } = await w.clients.admin.expect<{ invitation: { id: string } }>(
        201,
        'POST',
        `/api/debates/${w.debate.id}/invitations`,
        { email: 'revoked@example.org', role: 'viewer', delegationId: w.delegationA.id },
      );
      return c.delete(`/api/invitations/${invitation.id}`);
    },
  },
  'GET /api/statements': { allowed: SIGNED_IN, run: (c) => c.get('/api/statements') },
  'GET /api/debates/:debateId/statements': {
    allowed: IN_DEBATE,
    run: (c, w) => c.get(`/api/debates/${w.debate.id}/statements`),
  },
  'POST /api/debates/:debateId/statements': {
    allowed: ['drafter'],
    run: (c, w) =>
      c.post(`/api/debates/${w.debate.id}/statements`, {
        title: 'Draft',
        delegationIds: [w.delegationA.id],
      }),
  },
  'GET /api/statements/:id': {
    allowed: [...IN_DELEGATION_A, ...MANAGERS],
    run: (c, w) => c.get(`/api/statements/${w.statement.id}`),
  },
  'PATCH /api/statements/:id': {
    allowed: ['drafter'],
    run: (c, w) => c.patch(`/api/statements/${w.statement.id}`, { title: w.statement.title }),
  },
  'DELETE /api/statements/:id': {
    allowed: ['drafter'],
    run: async (c, w) =>
      c.delete(
        `/api/statements/${(await makeStatement(w.clients.drafter, w.debate.id, [w.delegationA.id])).id}`,
      ),
  },
  'POST /api/debates/:debateId/concept-note/preview': {
    allowed: MANAGERS,
    run: (c, w) =>
      c.upload(
        `/api/debates/${w.debate.id}/concept-note/preview`,
        sampleBytes('conceptNote'),
        'note.txt',
      ),
  },
  'POST /api/debates/:debateId/concept-note': {
    allowed: MANAGERS,
    run: (c, w) =>
      c.post(`/api/debates/${w.debate.id}/concept-note`, {
        fileName: 'note.txt',
        format: 'text',
        text: 'Concept note',
        symbol: null,
        fields: { theme: 'Maintenance of international peace and security' },
        objectives: [],
        discussionPoints: [{ label: '1', text: 'How can regional organizations help?' }],
      }),
  },
  'GET /api/debates/:debateId/points': {
    allowed: IN_DEBATE,
    run: (c, w) => c.get(`/api/debates/${w.debate.id}/points`),
  },
  'GET /api/debates/:debateId/references': {
    allowed: IN_DEBATE,
    run: (c, w) => c.get(`/api/debates/${w.debate.id}/references`),
  },
  'POST /api/debates/:debateId/references': {
    allowed: IN_DEBATE,
    run: (c, w) =>
      c.upload(`/api/debates/${w.debate.id}/references`, sampleBytes('report2020'), 'report.txt'),
  },
  'GET /api/debates/:debateId/references/search': {
    allowed: IN_DEBATE,
    run: (c, w) => c.get(`/api/debates/${w.debate.id}/references/search?q=regional`),
  },
  'GET /api/references/:referenceId': {
    allowed: IN_DEBATE,
    run: async (c, w) => c.get(`/api/references/${(await reference(w)).id}`),
  },
  'PATCH /api/references/:referenceId': {
    allowed: MANAGERS,
    run: async (c, w) =>
      c.patch(`/api/references/${(await reference(w)).id}`, { symbol: 'S/2011/552' }),
  },
  'DELETE /api/references/:referenceId': {
    allowed: MANAGERS,
    run: async (c, w) => c.delete(`/api/references/${(await reference(w)).id}`),
  },
  'GET /api/statements/:id/threads': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/threads`),
  },
  'GET /api/statements/:id/members': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/members`),
  },
  'POST /api/statements/:id/threads': {
    allowed: COMMENTERS,
    run: (c, w) =>
      c.post(`/api/statements/${w.statement.id}/threads`, { anchor: w.anchor, body: 'A comment' }),
  },
  'POST /api/threads/:threadId/comments': {
    allowed: COMMENTERS,
    run: (c, w) => c.post(`/api/threads/${w.thread.id}/comments`, { body: 'A reply' }),
  },
  'PATCH /api/comments/:commentId': {
    allowed: ['drafter'],
    run: (c, w) =>
      c.patch(`/api/comments/${w.thread.commentId}`, { body: 'Should we open with the theme?' }),
  },
  'DELETE /api/comments/:commentId': {
    allowed: ['reviewer', 'drafter'],
    run: async (c, w) => {
      const { thread } = await w.clients.reviewer.expect<{
        thread: { comments: { id: string }[] };
      }>(201, 'POST', `/api/threads/${w.thread.id}/comments`, { body: 'To be deleted' });
      return c.delete(`/api/comments/${thread.comments.at(-1)!.id}`);
    },
  },
  'POST /api/threads/:threadId/resolve': {
    allowed: COMMENTERS,
    run: (c, w) => c.post(`/api/threads/${w.thread.id}/resolve`),
  },
  'POST /api/threads/:threadId/reopen': {
    allowed: COMMENTERS,
    run: (c, w) => c.post(`/api/threads/${w.thread.id}/reopen`),
  },
  'GET /api/notifications': { allowed: SIGNED_IN, run: (c) => c.get('/api/notifications') },
  'POST /api/notifications/:notificationId/read': {
    allowed: ['reviewer'],
    run: (c, w) => c.post(`/api/notifications/${w.reviewerNotificationId}/read`),
  },
  'GET /api/statements/:id/versions': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/versions`),
  },
  'POST /api/statements/:id/versions': {
    allowed: COMMENTERS,
    run: (c, w) => c.post(`/api/statements/${w.statement.id}/versions`, { name: 'Checkpoint' }),
  },
  'GET /api/versions/:versionId': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/versions/${w.versionId}`),
  },
  'GET /api/versions/:versionId/redline': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/versions/${w.versionId}/redline?against=current`),
  },
  'POST /api/versions/:versionId/restore': {
    allowed: ['drafter'],
    run: (c, w) => c.post(`/api/versions/${w.versionId}/restore`),
  },
  'GET /api/statements/:id/history': {
    allowed: [...IN_DELEGATION_A, ...MANAGERS],
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/history`),
  },
  'GET /api/statements/:id/export': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/export?format=md`),
  },
  'GET /api/statements/:id/submission-pack': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/submission-pack`),
  },
  'GET /api/debates/:debateId/coverage': {
    allowed: IN_DEBATE,
    run: (c, w) => c.get(`/api/debates/${w.debate.id}/coverage`),
  },
  'PATCH /api/delegations/:delegationId': {
    allowed: ['drafter', ...MANAGERS],
    run: (c, w) => c.patch(`/api/delegations/${w.delegationA.id}`, { wordsPerMinute: 120 }),
  },
  'POST /api/debates/:debateId/compilations': {
    allowed: MANAGERS,
    run: async (c, w) => {
      await submittedStatement(w);
      return c.post(`/api/debates/${w.debate.id}/compilations`, {
        format: 'docx',
        coveringLetter: LETTER,
      });
    },
  },
  'GET /api/exports/:jobId': {
    allowed: ['admin'],
    run: async (c, w) => c.get(`/api/exports/${await finishedCompilation(w)}`),
  },
  'GET /api/exports/:jobId/download': {
    allowed: ['admin'],
    run: async (c, w) => c.get(`/api/exports/${await finishedCompilation(w)}/download`),
  },
  'POST /api/statements/:id/transitions': {
    allowed: ['drafter'],
    run: async (c, w) => {
      const fresh = await makeStatement(w.clients.drafter, w.debate.id, [w.delegationA.id]);
      return c.post(`/api/statements/${fresh.id}/transitions`, { action: 'send_for_review' });
    },
  },
};

const LETTER = {
  from: 'the President of the Security Council',
  to: 'the Secretary-General',
  date: '2021-04-30',
};
const memo = new WeakMap<AuthWorld, Promise<string>>();

/** A statement of delegation A taken through review and submitted. */
async function submittedStatement(w: AuthWorld): Promise<string> {
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
function finishedCompilation(w: AuthWorld): Promise<string> {
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
async function reference(w: AuthWorld): Promise<{ id: string }> {
  const response = await w.clients.admin.upload<{ reference: { id: string } }>(
    `/api/debates/${w.debate.id}/references`,
    sampleBytes('report2011'),
    'report.txt',
  );
  if (response.status !== 201) throw new Error(`upload failed: ${JSON.stringify(response.body)}`);
  return response.body.reference;
}

/** Routes anyone may call; they authenticate by other means (password, invitation token). */
export const PUBLIC_ROUTES = [
  'GET /api/auth/session',
  'POST /api/auth/setup',
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
  'GET /api/invitations/by-token/:token',
  'POST /api/invitations/by-token/:token/accept',
];

export const socketMatrix: Record<
  string,
  { allowed: readonly RoleName[]; payload(world: AuthWorld): unknown }
> = {
  'statement:join': {
    allowed: [...IN_DELEGATION_A, ...MANAGERS],
    payload: (w) => ({ statementId: w.statement.id }),
  },
  'statement:leave': { allowed: SIGNED_IN, payload: (w) => ({ statementId: w.statement.id }) },
  'debate:join': { allowed: IN_DEBATE, payload: (w) => ({ debateId: w.debate.id }) },
  'debate:leave': { allowed: SIGNED_IN, payload: (w) => ({ debateId: w.debate.id }) },
};

/** Who may open a draft statement's text over the collab endpoint, and who may change it. */
export const collabMatrix = {
  read: IN_DELEGATION_A,
  write: ['drafter'] as RoleName[],
};

async function emailOf(client: ApiClient): Promise<string> {
  return (await client.get<{ user: { email: string } }>('/api/auth/session')).body.user.email;
}
