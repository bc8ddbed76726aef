import { Router } from 'express';
import type { Stores } from '@plenary/storage';
import { z } from 'zod';
import { validate } from '../errors/validate.js';
import { requireActor } from '../http/requestAuth.js';
import { StatementId } from '../statements/statementSchemas.js';
import type { SuggestionService } from './SuggestionService.js';

const SuggestionKey = z.string().min(1).max(64);
const DecisionBody = z
  .object({
    decision: z.enum(['accept', 'reject']),
    ids: z.array(SuggestionKey).min(1).max(1_000).optional(),
    authorId: SuggestionKey.optional(),
  })
  .strict();

/** Routes under /api for a statement's suggestions (Suggesting mode). */
export function suggestionsRouter(stores: Stores, suggestions: SuggestionService): Router {
  const router = Router();
  const statementId = (value: unknown) => validate(StatementId, value, 'statement id');

  router.get('/statements/:id/suggestions', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    res.json({ suggestions: await suggestions.list(actor, statementId(req.params.id)) });
  });

  router.post('/statements/:id/suggestions/decisions', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const body = validate(DecisionBody, req.body, 'decision');
    res.json(await suggestions.decide(actor, statementId(req.params.id), body));
  });

  return router;
}
