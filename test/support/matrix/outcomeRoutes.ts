// The outcome document: shared with the debate; the penholder (delegation A) holds the pen,
// every delegation proposes and takes positions in its own name only.
import type { AuthWorld } from '../authWorld.js';
import type { ApiClient } from '../http.js';
import { freshOrganizedDebate } from './matrixFixtures.js';
import { IN_DEBATE, MANAGERS, type MatrixEntry } from './MatrixEntry.js';

const outcomes = new WeakMap<AuthWorld, Promise<string>>();
const base = (w: AuthWorld) => `/api/debates/${w.debate.id}/outcome`;
const HOUR = 60 * 60 * 1000;

/** The debate's outcome document, penholder delegation A, with a circulated zero draft. */
function outcome(w: AuthWorld): Promise<string> {
  let made = outcomes.get(w);
  if (!made) {
    made = (async () => {
      await w.clients.organizer.expect(201, 'POST', base(w), {
        kind: 'presidential_statement',
        penholderDelegationId: w.delegationA.id,
        paragraphs: ['The Security Council stresses prevention.', 'It remains seized.'],
      });
      const { revision } = await w.clients.drafter.expect<{ revision: { id: string } }>(
        201,
        'POST',
        `${base(w)}/revisions`,
      );
      return revision.id;
    })();
    outcomes.set(w, made);
  }
  return made;
}

/** An amendment of delegation B, still to be decided. */
async function amendment(w: AuthWorld): Promise<string> {
  await outcome(w);
  const { amendment: made } = await w.clients.otherDrafter.expect<{ amendment: { id: string } }>(
    201,
    'POST',
    `${base(w)}/amendments`,
    {
      delegationId: w.delegationB.id,
      paragraph: 1,
      action: 'replace',
      proposedText: 'The Security Council stresses prevention and mediation.',
      justification: 'Mediation matters.',
    },
  );
  return made.id;
}

/** Runs the call, then takes the document out of silence again for the next entry. */
async function thenDrafting<T>(w: AuthWorld, call: Promise<T>): Promise<T> {
  const response = await call;
  const { body } = await w.clients.drafter.get<{ outcome: { status: string } }>(base(w));
  if (body.outcome.status === 'silence')
    await w.clients.otherDrafter.expect(200, 'POST', `${base(w)}/silence/break`, {
      delegationId: w.delegationB.id,
      reason: 'Reset for the next check.',
    });
  return response;
}

async function underSilence(w: AuthWorld): Promise<void> {
  await outcome(w);
  await w.clients.drafter.expect(201, 'POST', `${base(w)}/revisions`);
  await w.clients.drafter.expect(200, 'POST', `${base(w)}/silence`, {
    deadline: new Date(Date.now() + HOUR).toISOString(),
  });
}

const penholder = ['drafter'] as const;

export const outcomeRoutes: Record<string, MatrixEntry> = {
  'POST /api/debates/:debateId/outcome': {
    allowed: MANAGERS,
    run: async (c: ApiClient, w) => {
      const debateId = await freshOrganizedDebate(w);
      return c.post(`/api/debates/${debateId}/outcome`, { kind: 'chairs_summary' });
    },
  },
  'GET /api/debates/:debateId/outcome': {
    allowed: IN_DEBATE,
    run: async (c, w) => {
      await outcome(w);
      return c.get(base(w));
    },
  },
  'PUT /api/debates/:debateId/outcome/penholder': {
    allowed: MANAGERS,
    run: async (c, w) => {
      await outcome(w);
      return c.request('PUT', `${base(w)}/penholder`, { penholderDelegationId: w.delegationA.id });
    },
  },
  'POST /api/debates/:debateId/outcome/revisions': {
    allowed: penholder,
    run: async (c, w) => {
      await outcome(w);
      return c.post(`${base(w)}/revisions`);
    },
  },
  'GET /api/debates/:debateId/outcome/revisions/:revisionId': {
    allowed: IN_DEBATE,
    run: async (c, w) => c.get(`${base(w)}/revisions/${await outcome(w)}`),
  },
  'GET /api/debates/:debateId/outcome/export': {
    allowed: IN_DEBATE,
    run: async (c, w) => {
      await outcome(w);
      return c.get(`${base(w)}/export?what=compilation&format=docx`);
    },
  },
  'PUT /api/debates/:debateId/outcome/paragraphs/:paragraph': {
    allowed: penholder,
    run: async (c, w) => {
      await outcome(w);
      return c.request('PUT', `${base(w)}/paragraphs/1`, { status: 'agreed' });
    },
  },
  'POST /api/debates/:debateId/outcome/amendments': {
    allowed: ['otherDrafter'],
    run: async (c, w) => {
      await outcome(w);
      return c.post(`${base(w)}/amendments`, {
        delegationId: w.delegationB.id,
        paragraph: 2,
        action: 'delete',
        justification: 'Not needed.',
      });
    },
  },
  'POST /api/amendments/:amendmentId/positions': {
    allowed: ['reviewer', 'drafter'],
    run: async (c, w) =>
      c.post(`/api/amendments/${await amendment(w)}/positions`, {
        delegationId: w.delegationA.id,
        stance: 'support',
      }),
  },
  'POST /api/amendments/:amendmentId/decision': {
    allowed: penholder,
    run: async (c, w) =>
      c.post(`/api/amendments/${await amendment(w)}/decision`, { decision: 'reject' }),
  },
  'POST /api/debates/:debateId/outcome/silence': {
    allowed: penholder,
    run: async (c, w) => {
      await outcome(w);
      await w.clients.drafter.expect(201, 'POST', `${base(w)}/revisions`);
      return thenDrafting(
        w,
        c.post(`${base(w)}/silence`, { deadline: new Date(Date.now() + HOUR).toISOString() }),
      );
    },
  },
  'POST /api/debates/:debateId/outcome/silence/break': {
    allowed: ['otherDrafter'],
    run: async (c, w) => {
      await underSilence(w);
      return thenDrafting(
        w,
        c.post(`${base(w)}/silence/break`, {
          delegationId: w.delegationB.id,
          reason: 'We need more time.',
        }),
      );
    },
  },
};
