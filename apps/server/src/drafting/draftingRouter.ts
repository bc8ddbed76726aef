import { Router } from 'express';
import { languageRate } from '@plenary/drafting-metrics';
import type { DelegationRecord, Stores } from '@plenary/storage';
import { z } from 'zod';
import { authorize } from '../auth/authorize.js';
import { Id } from '../debates/debateSchemas.js';
import type { DebateService } from '../debates/DebateService.js';
import { AppError } from '../errors/AppError.js';
import { validate } from '../errors/validate.js';
import { requireActor } from '../http/requestAuth.js';
import { StatementLanguage } from '../statements/statementSchemas.js';
import type { StatementService } from '../statements/StatementService.js';
import { StatementId } from '../statements/statementSchemas.js';
import type { CoverageService } from './CoverageService.js';
import { readinessChecks } from './readinessChecks.js';

// Characters of Chinese go faster than words of other languages (180 vs 120 a minute by
// default), hence the wider upper bound; the lower bound is the same slow delivery.
const DelegationSettingsBody = z
  .object({
    wordsPerMinute: z
      .number()
      .int()
      .min(60, 'must be at least 60')
      .max(400, 'must be at most 400')
      .optional(),
    /** The usual language; changing it without a rate resets the rate to its default. */
    language: StatementLanguage.optional(),
  })
  .strict()
  .refine((body) => body.wordsPerMinute !== undefined || body.language !== undefined, {
    message: 'give wordsPerMinute, language or both',
  });

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
    const [summary, openSuggestions] = await Promise.all([
      coverage.summarize(statement),
      coverage.openSuggestions(statement),
    ]);
    res.json({ checks: await readinessChecks(stores, statement, summary, openSuggestions) });
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
