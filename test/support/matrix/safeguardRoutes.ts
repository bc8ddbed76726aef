// The Trash, restoring, and the checks before review: who may call each route.
import { makeStatement } from '../factories.js';
import { freshOrganizedDebate, reference } from './matrixFixtures.js';
import {
  IN_DEBATE,
  IN_DELEGATION_A,
  MANAGERS,
  SIGNED_IN,
  type RouteEntries,
} from './MatrixEntry.js';

export const safeguardRoutes: RouteEntries = {
  'GET /api/statements/:id/checks': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/checks`),
  },
  'GET /api/debates/:debateId/trash': {
    allowed: IN_DEBATE,
    run: (c, w) => c.get(`/api/debates/${w.debate.id}/trash`),
  },
  'GET /api/trash/debates': { allowed: SIGNED_IN, run: (c) => c.get('/api/trash/debates') },
  'POST /api/statements/:id/restore': {
    allowed: ['drafter', ...MANAGERS],
    run: async (c, w) => {
      const { id } = await makeStatement(w.clients.drafter, w.debate.id, [w.delegationA.id]);
      await w.clients.drafter.expect(204, 'DELETE', `/api/statements/${id}`);
      return c.post(`/api/statements/${id}/restore`);
    },
  },
  'POST /api/debates/:debateId/restore': {
    allowed: MANAGERS,
    run: async (c, w) => {
      const debateId = await freshOrganizedDebate(w);
      await w.clients.organizer.expect(204, 'DELETE', `/api/debates/${debateId}`);
      return c.post(`/api/debates/${debateId}/restore`);
    },
  },
  'POST /api/references/:referenceId/restore': {
    allowed: MANAGERS,
    run: async (c, w) => {
      const { id } = await reference(w);
      await w.clients.admin.expect(204, 'DELETE', `/api/references/${id}`);
      return c.post(`/api/references/${id}/restore`);
    },
  },
  'POST /api/comments/:commentId/restore': {
    allowed: ['reviewer', 'drafter'],
    run: async (c, w) => {
      const { thread } = await w.clients.reviewer.expect<{
        thread: { comments: { id: string }[] };
      }>(201, 'POST', `/api/threads/${w.thread.id}/comments`, { body: 'To be deleted' });
      const commentId = thread.comments.at(-1)!.id;
      await w.clients.reviewer.expect(200, 'DELETE', `/api/comments/${commentId}`);
      return c.post(`/api/comments/${commentId}/restore`);
    },
  },
};
