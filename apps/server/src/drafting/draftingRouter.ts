import { Router } from 'express';
import { DelegationSettingsBody, Id, StatementId } from '@plenary/api/requests';
import type { DebateService } from '../debates/DebateService.js';
import { validate } from '../errors/validate.js';
import { actorOf } from '../http/requestAuth.js';
import type { WorkflowService } from '../workflow/WorkflowService.js';
import type { CoverageService } from './CoverageService.js';

/** Routes under /api for the coverage map, speaking time and delegation drafting settings. */
export function draftingRouter(
  coverage: CoverageService,
  debates: DebateService,
  workflow: WorkflowService,
): Router {
  const router = Router();

  router.get('/statements/:id/checks', async (req, res) => {
    const id = validate(StatementId, req.params.id, 'statement id');
    res.json({ checks: await workflow.checks(actorOf(res), id) });
  });

  router.get('/debates/:debateId/coverage', async (req, res) => {
    const debateId = validate(Id, req.params.debateId, 'debate id');
    res.json({ statements: await coverage.forDebate(actorOf(res), debateId) });
  });

  router.patch('/delegations/:delegationId', async (req, res) => {
    const id = validate(Id, req.params.delegationId, 'delegation id');
    const body = validate(DelegationSettingsBody, req.body, 'delegation settings');
    res.json({ delegation: await debates.updateSettings(actorOf(res), id, body) });
  });

  return router;
}
