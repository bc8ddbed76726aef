// Statements, versions, workflow, exports and compilations: who may call each route.
import { makeStatement } from '../factories.js';
import { finishedCompilation, LETTER, submittedStatement } from './matrixFixtures.js';
import {
  IN_DEBATE,
  IN_DELEGATION_A,
  MANAGERS,
  SIGNED_IN,
  COMMENTERS,
  type RouteEntries,
} from './MatrixEntry.js';

export const statementRoutes: RouteEntries = {
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
  'GET /api/statements/:id/versions': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/versions`),
  },
  'POST /api/statements/:id/versions': {
    allowed: COMMENTERS,
    run: (c, w) => c.post(`/api/statements/${w.statement.id}/versions`, { name: 'Checkpoint' }),
  },
  'GET /api/statements/:id/suggestions': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/suggestions`),
  },
  'POST /api/statements/:id/suggestions/decisions': {
    allowed: ['drafter'],
    run: (c, w) =>
      c.post(`/api/statements/${w.statement.id}/suggestions/decisions`, {
        decision: 'reject',
        ids: ['no-such-suggestion'],
      }),
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
