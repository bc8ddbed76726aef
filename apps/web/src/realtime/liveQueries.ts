// Which queries each socket.io event makes stale: the one place where pushed events reach
// data loaded over REST. The answer is read again rather than patched from the event, so
// each person sees only what the server shows them. Events that carry the new state itself
// (a thread, a renamed statement, a job's progress) are applied where it is shown.
import type { ServerEvent, ServerEventPayload } from '@plenary/api';
import type { QueryKey } from '../api/queryKeys';

export const staleAfter: { [E in ServerEvent]?: (payload: ServerEventPayload<E>) => QueryKey[] } = {
  'debate:statements-changed': ({ debateId }) => [
    ['debate', debateId, 'statements'],
    ['debate', debateId, 'trash'],
  ],
  'delegation:member_added': ({ delegationId }) => [['delegation', delegationId, 'members']],
  'notification:created': () => [['notifications']],
};
