import { Router } from 'express';
import { languageRate } from '@plenary/drafting-metrics';
import type { DelegationRecord, Stores } from '@plenary/storage';
import type { z } from 'zod';
import { authorize } from '../auth/authorize.js';
import { DelegationSettingsBody, Id, StatementId } from '@plenary/api/requests';
import type { DebateService } from '../debates/DebateService.js';
import { AppError } from '../errors/AppError.js';
import { validate } from '../errors/validate.js';
import { requireActor } from '../http/requestAuth.js';
import type { StatementService } from '../statements/StatementService.js';
import type { CoverageService } from './CoverageService.js';
import { readinessChecks } from './readinessChecks.js';

async function saveSettings(
  stores: Stores,
  delegation: DelegationRecord,
  body: z.infer<typeof DelegationSettingsBody>,
): Promise<void> {
  const language = body.language ?? delegation.language;
  const rate =
    body.wordsPerMinute ?? (body.language ? languageRate(language).perMinute : undefined);
  if (rate !== undefined && rate > 250 && languageRate(language).unit === 'words') {
    throw new AppError(
      'request.invalid',
      400,
      `The speaking rate must be at most 250 words a minute for ${language}; only Chinese, timed in characters, may go up to 400.`,
    );
  }
  if (body.language) await stores.delegations.setLanguage(delegation.id, language, rate ?? 120);
  else if (rate !== undefined) await stores.delegations.setWordsPerMinute(delegation.id, rate);
}

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
    const body = validate(DelegationSettingsBody, req.body, 'delegation settings');
    authorize(actor, 'delegation.settings', {
      kind: 'delegation',
      debateId: delegation.debateId,
      delegationId: delegation.id,
    });
    await saveSettings(stores, delegation, body);
    res.json({ delegation: await debates.delegation(actor, delegation.id) });
  });

  return router;
}
