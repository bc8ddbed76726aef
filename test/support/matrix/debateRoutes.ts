// Debates, delegations, members, invitations, coverage: who may call each route.
import { makeDebate, makeDelegation } from '../factories.js';
import { emailOf } from './matrixFixtures.js';
import {
  IN_DEBATE,
  IN_DELEGATION_A,
  MANAGERS,
  SIGNED_IN,
  type RouteEntries,
} from './MatrixEntry.js';

export const debateRoutes: RouteEntries = {
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
  'GET /api/debates/:debateId/coverage': {
    allowed: IN_DEBATE,
    run: (c, w) => c.get(`/api/debates/${w.debate.id}/coverage`),
  },
  'PATCH /api/delegations/:delegationId': {
    allowed: ['drafter', ...MANAGERS],
    run: (c, w) => c.patch(`/api/delegations/${w.delegationA.id}`, { wordsPerMinute: 120 }),
  },
};
