// Concept notes, discussion points and the reference library: who may call each route.
import { sampleBytes } from '../samples.js';
import { reference } from './matrixFixtures.js';
import { IN_DEBATE, MANAGERS, SIGNED_IN, type RouteEntries } from './MatrixEntry.js';

export const libraryRoutes: RouteEntries = {
  'POST /api/debates/:debateId/concept-note/preview': {
    allowed: MANAGERS,
    run: (c, w) =>
      c.upload(
        `/api/debates/${w.debate.id}/concept-note/preview`,
        sampleBytes('conceptNote'),
        'note.txt',
      ),
  },
  // Reading a note to start a debate from it: anyone who may start a debate.
  'POST /api/concept-notes/preview': {
    allowed: SIGNED_IN,
    run: (c) => c.upload('/api/concept-notes/preview', sampleBytes('conceptNote'), 'note.txt'),
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
    // Viewers read the library but may not upload to it.
    allowed: IN_DEBATE.filter((role) => role !== 'viewer'),
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
};
