import { Router } from 'express';
import type { Stores } from '@plenary/storage';
import { z } from 'zod';
import { authorize } from '../auth/authorize.js';
import { Id } from '../debates/debateSchemas.js';
import type { DebateService } from '../debates/DebateService.js';
import { validate } from '../errors/validate.js';
import { requireActor } from '../http/requestAuth.js';
import type { StatementService } from '../statements/StatementService.js';
import { StatementId } from '../statements/statementSchemas.js';
import type { CoverageService } from './CoverageService.js';
import { readinessChecks } from './readinessChecks.js';

const DelegationSettingsBody = z
  .object({
    wordsPerMinute: z.number().int().min(60, 'must be at least 60').max(250, 'must be at most 250'),
  })
  .strict();

/** Routes under /api for the coverage map, speaking time and delegation drafting settings. */
export function draftingRouter(
  stores: Stores,
  coverage: CoverageService,
  debates: DebateService,
  statements: StatementService,
): Router {
  const router = Router();

  router.get('/statements/:id/checks', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const statement = await statements.readable(
      actor,
      validate(StatementId, req.params.id, 'statement id'),
    );
    res.json({
      checks: await readinessChecks(stores, statement, await coverage.summarize(statement)),
    });
  });

  router.get('/debates/:debateId/coverage', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    res.json({
      statements: await coverage.forDebate(actor, validate(Id, req.params.debateId, 'debate id')),
    });
  });

  router.patch('/delegations/:delegationId', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const delegation = await debates.delegation(
      actor,
      validate(Id, req.params.delegationId, 'delegation id'),
    );
    const { wordsPerMinute } = validate(DelegationSettingsBody, req.body, 'delegation settings');
    authorize(actor, 'delegation.settings', {
      kind: 'delegation',
      debateId: delegation.debateId,
      delegationId: delegation.id,
    });
    await stores.delegations.setWordsPerMinute(delegation.id, wordsPerMinute);
    res.json({ delegation: await debates.delegation(actor, delegation.id) });
  });

  return router;
}
