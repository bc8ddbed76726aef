import { Router } from 'express';
import type { Stores } from '@plenary/storage';
import { CreateStatementBody, Id, RenameStatementBody, StatementId } from '@plenary/api/requests';
import { validate } from '../errors/validate.js';
import { requireActor } from '../http/requestAuth.js';
import type { StatementService } from './StatementService.js';

/** Routes under /api: /statements/* and /debates/:debateId/statements. */
export function statementsRouter(stores: Stores, service: StatementService): Router {
  const router = Router();

  router.get('/statements', async (req, res) => {
    res.json({ statements: await service.listVisible(await requireActor(stores, req, res)) });
  });

  router.get('/debates/:debateId/statements', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const debateId = validate(Id, req.params.debateId, 'debate id');
    res.json({ statements: await service.listByDebate(actor, debateId) });
  });

  router.post('/debates/:debateId/statements', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const debateId = validate(Id, req.params.debateId, 'debate id');
    const input = validate(CreateStatementBody, req.body, 'statement');
    res.status(201).json({ statement: await service.create(actor, debateId, input) });
  });

  router.get('/statements/:id', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    res.json({
      statement: await service.get(actor, validate(StatementId, req.params.id, 'statement id')),
    });
  });

  router.patch('/statements/:id', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const id = validate(StatementId, req.params.id, 'statement id');
    const { title } = validate(RenameStatementBody, req.body, 'statement');
    res.json({ statement: await service.rename(actor, id, title) });
  });

  router.delete('/statements/:id', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    await service.remove(actor, validate(StatementId, req.params.id, 'statement id'));
    res.status(204).end();
  });

  return router;
}
