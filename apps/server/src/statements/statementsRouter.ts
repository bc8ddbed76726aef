import { Router } from 'express';
import { validate } from '../errors/validate.js';
import { CreateStatementBody, RenameStatementBody, StatementId } from './statementSchemas.js';
import type { StatementService } from './StatementService.js';

export function statementsRouter(service: StatementService): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    res.json({ statements: await service.list() });
  });

  router.post('/', async (req, res) => {
    const { title } = validate(CreateStatementBody, req.body, 'statement');
    res.status(201).json({ statement: await service.create(title) });
  });

  router.get('/:id', async (req, res) => {
    const id = validate(StatementId, req.params.id, 'statement id');
    res.json({ statement: await service.get(id) });
  });

  router.patch('/:id', async (req, res) => {
    const id = validate(StatementId, req.params.id, 'statement id');
    const { title } = validate(RenameStatementBody, req.body, 'statement');
    res.json({ statement: await service.rename(id, title) });
  });

  router.delete('/:id', async (req, res) => {
    const id = validate(StatementId, req.params.id, 'statement id');
    await service.remove(id);
    res.status(204).end();
  });

  return router;
}
