import { Router } from 'express';
import type { CommentService } from '../comments/CommentService.js';
import { Id, StatementId } from '@plenary/api/requests';
import { validate } from '../errors/validate.js';
import { actorOf } from '../http/requestAuth.js';
import { presentStatement } from '../statements/presentStatement.js';
import type { TrashService } from './TrashService.js';

/** Routes under /api: the Trash of a debate, deleted debates, and restoring each kind. */
export function trashRouter(trash: TrashService, comments: CommentService): Router {
  const router = Router();

  router.get('/debates/:debateId/trash', async (req, res) => {
    const actor = actorOf(res);
    res.json(await trash.list(actor, validate(Id, req.params.debateId, 'debate id')));
  });

  router.get('/trash/debates', async (req, res) => {
    const actor = actorOf(res);
    res.json({ debates: await trash.debatesInTrash(actor), retentionDays: trash.retentionDays });
  });

  router.post('/statements/:id/restore', async (req, res) => {
    const actor = actorOf(res);
    const id = validate(StatementId, req.params.id, 'statement id');
    res.json({ statement: presentStatement(actor, await trash.restoreStatement(actor, id)) });
  });

  router.post('/debates/:debateId/restore', async (req, res) => {
    const actor = actorOf(res);
    const id = validate(Id, req.params.debateId, 'debate id');
    res.json({ debate: await trash.restoreDebate(actor, id) });
  });

  router.post('/references/:referenceId/restore', async (req, res) => {
    const actor = actorOf(res);
    const id = validate(Id, req.params.referenceId, 'reference id');
    res.json({ reference: await trash.restoreReference(actor, id) });
  });

  router.post('/comments/:commentId/restore', async (req, res) => {
    const actor = actorOf(res);
    const id = validate(Id, req.params.commentId, 'comment id');
    res.json({ thread: await comments.restore(actor, id) });
  });

  return router;
}
