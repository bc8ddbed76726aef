import { Router } from 'express';
import {
  Id,
  NamedVersionBody,
  RedlineQuery,
  StatementId,
  TransitionBody,
} from '@plenary/api/requests';
import { validate } from '../errors/validate.js';
import { actorOf } from '../http/requestAuth.js';
import { presentStatement } from '../statements/presentStatement.js';
import type { VersionService } from './VersionService.js';
import type { WorkflowService } from '../workflow/WorkflowService.js';

/** Routes under /api for versions, redlines, restore, the clearance workflow and history. */
export function versionsRouter(versions: VersionService, workflow: WorkflowService): Router {
  const router = Router();
  const statementId = (value: unknown) => validate(StatementId, value, 'statement id');
  const versionId = (value: unknown) => validate(Id, value, 'version id');

  router.get('/statements/:id/versions', async (req, res) => {
    const actor = actorOf(res);
    res.json({ versions: await versions.list(actor, statementId(req.params.id)) });
  });

  router.post('/statements/:id/versions', async (req, res) => {
    const actor = actorOf(res);
    const { name } = validate(NamedVersionBody, req.body, 'version');
    res
      .status(201)
      .json({ version: await versions.createNamed(actor, statementId(req.params.id), name) });
  });

  router.get('/versions/:versionId', async (req, res) => {
    const actor = actorOf(res);
    res.json({ version: await versions.get(actor, versionId(req.params.versionId)) });
  });

  router.get('/versions/:versionId/redline', async (req, res) => {
    const actor = actorOf(res);
    const { against } = validate(RedlineQuery, req.query, 'redline');
    res.json({ parts: await versions.redline(actor, versionId(req.params.versionId), against) });
  });

  router.post('/versions/:versionId/restore', async (req, res) => {
    const actor = actorOf(res);
    res.json({ version: await versions.restore(actor, versionId(req.params.versionId)) });
  });

  router.post('/statements/:id/transitions', async (req, res) => {
    const actor = actorOf(res);
    const { action, comment } = validate(TransitionBody, req.body, 'status change');
    const statement = await workflow.apply(actor, statementId(req.params.id), action, comment);
    res.json({ statement: presentStatement(actor, statement) });
  });

  router.get('/statements/:id/history', async (req, res) => {
    const actor = actorOf(res);
    res.json({ events: await workflow.history(actor, statementId(req.params.id)) });
  });

  return router;
}
