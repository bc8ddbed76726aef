// Comment threads and notifications: who may call each route.
import { COMMENTERS, IN_DELEGATION_A, SIGNED_IN, type RouteEntries } from './MatrixEntry.js';

export const commentRoutes: RouteEntries = {
  'GET /api/statements/:id/threads': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/threads`),
  },
  'GET /api/statements/:id/members': {
    allowed: IN_DELEGATION_A,
    run: (c, w) => c.get(`/api/statements/${w.statement.id}/members`),
  },
  'POST /api/statements/:id/threads': {
    allowed: COMMENTERS,
    run: (c, w) =>
      c.post(`/api/statements/${w.statement.id}/threads`, { anchor: w.anchor, body: 'A comment' }),
  },
  'POST /api/threads/:threadId/comments': {
    allowed: COMMENTERS,
    run: (c, w) => c.post(`/api/threads/${w.thread.id}/comments`, { body: 'A reply' }),
  },
  'PATCH /api/comments/:commentId': {
    allowed: ['drafter'],
    run: (c, w) =>
      c.patch(`/api/comments/${w.thread.commentId}`, { body: 'Should we open with the theme?' }),
  },
  // Only the author (here the reviewer) deletes a comment; drafters resolve instead.
  'DELETE /api/comments/:commentId': {
    allowed: ['reviewer'],
    run: async (c, w) => {
      const { thread } = await w.clients.reviewer.expect<{
        thread: { comments: { id: string }[] };
      }>(201, 'POST', `/api/threads/${w.thread.id}/comments`, { body: 'To be deleted' });
      return c.delete(`/api/comments/${thread.comments.at(-1)!.id}`);
    },
  },
  'POST /api/threads/:threadId/resolve': {
    allowed: COMMENTERS,
    run: (c, w) => c.post(`/api/threads/${w.thread.id}/resolve`),
  },
  'POST /api/threads/:threadId/reopen': {
    allowed: COMMENTERS,
    run: (c, w) => c.post(`/api/threads/${w.thread.id}/reopen`),
  },
  'GET /api/notifications': { allowed: SIGNED_IN, run: (c) => c.get('/api/notifications') },
  'POST /api/notifications/:notificationId/read': {
    allowed: ['reviewer'],
    run: (c, w) => c.post(`/api/notifications/${w.reviewerNotificationId}/read`),
  },
};
