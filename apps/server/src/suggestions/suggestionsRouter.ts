import { Router } from 'express';
import { StatementId, SuggestionDecisionBody } from '@plenary/api/requests';
import { validate } from '../errors/validate.js';
import { actorOf } from '../http/requestAuth.js';
import type { SuggestionService } from './SuggestionService.js';

/** Routes under /api for a statement's suggestions (Suggesting mode). */
export function suggestionsRouter(suggestions: SuggestionService): Router {
  const router = Router();
  const statementId = (value: unknown) => validate(StatementId, value, 'statement id');

  router.get('/statements/:id/suggestions', async (req, res) => {
    res.json({ suggestions: await suggestions.list(actorOf(res), statementId(req.params.id)) });
  });

  router.post('/statements/:id/suggestions/decisions', async (req, res) => {
    const body = validate(SuggestionDecisionBody, req.body, 'decision');
    res.json(await suggestions.decide(actorOf(res), statementId(req.params.id), body));
  });

  return router;
}
