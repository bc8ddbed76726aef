import { Router } from 'express';
import {
  CommentInput,
  CreateThreadBody,
  Id,
  NotificationId,
  StatementId,
} from '@plenary/api/requests';
import { validate } from '../errors/validate.js';
import { actorOf } from '../http/requestAuth.js';
import type { CommentService } from './CommentService.js';

/** Routes under /api for comment threads, comments and mention notifications. */
export function commentsRouter(comments: CommentService): Router {
  const router = Router();
  const statementId = (value: unknown) => validate(StatementId, value, 'statement id');
  const id = (value: unknown, what: string) => validate(Id, value, what);

  router.get('/statements/:id/threads', async (req, res) => {
    const actor = actorOf(res);
    res.json({ threads: await comments.list(actor, statementId(req.params.id)) });
  });

  router.get('/statements/:id/members', async (req, res) => {
    const actor = actorOf(res);
    res.json({ members: await comments.members(actor, statementId(req.params.id)) });
  });

  router.post('/statements/:id/threads', async (req, res) => {
    const actor = actorOf(res);
    const input = validate(CreateThreadBody, req.body, 'comment');
    res
      .status(201)
      .json({ thread: await comments.createThread(actor, statementId(req.params.id), input) });
  });

  router.post('/threads/:threadId/comments', async (req, res) => {
    const actor = actorOf(res);
    const input = validate(CommentInput, req.body, 'comment');
    res
      .status(201)
      .json({ thread: await comments.reply(actor, id(req.params.threadId, 'thread id'), input) });
  });

  router.patch('/comments/:commentId', async (req, res) => {
    const actor = actorOf(res);
    const input = validate(CommentInput, req.body, 'comment');
    res.json({ thread: await comments.edit(actor, id(req.params.commentId, 'comment id'), input) });
  });

  router.delete('/comments/:commentId', async (req, res) => {
    const actor = actorOf(res);
    res.json({ thread: await comments.remove(actor, id(req.params.commentId, 'comment id')) });
  });

  router.post('/threads/:threadId/resolve', async (req, res) => {
    const actor = actorOf(res);
    res.json({
      thread: await comments.setStatus(actor, id(req.params.threadId, 'thread id'), 'resolved'),
    });
  });

  router.post('/threads/:threadId/reopen', async (req, res) => {
    const actor = actorOf(res);
    res.json({
      thread: await comments.setStatus(actor, id(req.params.threadId, 'thread id'), 'open'),
    });
  });

  router.get('/notifications', async (req, res) => {
    const actor = actorOf(res);
    res.json(await comments.notifications(actor));
  });

  router.post('/notifications/:notificationId/read', async (req, res) => {
    const actor = actorOf(res);
    const notificationId = validate(NotificationId, req.params.notificationId, 'notification id');
    await comments.markRead(actor, notificationId);
    res.status(204).end();
  });

  return router;
}
