import { Router } from 'express';
import { CreateStatementBody, Id, RenameStatementBody, StatementId } from '@plenary/api/requests';
import { validate } from '../errors/validate.js';
import { actorOf } from '../http/requestAuth.js';
import { presentStatement } from './presentStatement.js';
import type { StatementService } from './StatementService.js';

/** Routes under /api: /statements/* and /debates/:debateId/statements. */
export function statementsRouter(service: StatementService): Router {
  const router = Router();
  const statementId = (value: unknown) => validate(StatementId, value, 'statement id');

  router.get('/statements', async (_req, res) => {
    const actor = actorOf(res);
    const statements = await service.listVisible(actor);
    res.json({ statements: statements.map((s) => presentStatement(actor, s)) });
  });

  router.get('/debates/:debateId/statements', async (req, res) => {
    const actor = actorOf(res);
    const statements = await service.listByDebate(
      actor,
      validate(Id, req.params.debateId, 'debate id'),
    );
    res.json({ statements: statements.map((s) => presentStatement(actor, s)) });
  });

  router.post('/debates/:debateId/statements', async (req, res) => {
    const actor = actorOf(res);
    const debateId = validate(Id, req.params.debateId, 'debate id');
    const input = validate(CreateStatementBody, req.body, 'statement');
    const statement = await service.create(actor, debateId, input);
    res.status(201).json({ statement: presentStatement(actor, statement) });
  });

  router.get('/statements/:id', async (req, res) => {
    const actor = actorOf(res);
    const statement = await service.get(actor, statementId(req.params.id));
    res.json({ statement: presentStatement(actor, statement) });
  });

  router.patch('/statements/:id', async (req, res) => {
    const actor = actorOf(res);
    const id = statementId(req.params.id);
    const { title } = validate(RenameStatementBody, req.body, 'statement');
    res.json({ statement: presentStatement(actor, await service.rename(actor, id, title)) });
  });

  router.delete('/statements/:id', async (req, res) => {
    await service.remove(actorOf(res), statementId(req.params.id));
    res.status(204).end();
  });

  return router;
}
