// Live app events for one statement: renames and deletion by other people.
import { useEffect, useEffectEvent } from 'react';
import type { Statement } from '../api/statementsApi';
import { withAppSocket, type JoinAck } from './appSocket';

interface StatementEventHandlers {
  onUpdated: (statement: Statement) => void;
  onDeleted: () => void;
  onJoinFailed?: (error: { code: string; message: string }) => void;
}

export function useStatementEvents(statementId: string, handlers: StatementEventHandlers): void {
  // Handlers change every render; the room subscription should not.
  const updated = useEffectEvent((statement: Statement) => handlers.onUpdated(statement));
  const deleted = useEffectEvent(() => handlers.onDeleted());
  const joinFailed = useEffectEvent((error: { code: string; message: string }) =>
    handlers.onJoinFailed?.(error),
  );

  useEffect(
    () =>
      withAppSocket(({ socket, on }) => {
        const join = () => {
          socket.emit('statement:join', { statementId }, (result: JoinAck) => {
            if (!result.ok) joinFailed(result.error);
          });
        };

        socket.on('connect', join);
        const stops = [
          on('statement:updated', ({ statement }) => {
            if (statement.id === statementId) updated(statement);
          }),
          on('statement:deleted', ({ statementId: deletedId }) => {
            if (deletedId === statementId) deleted();
          }),
        ];
        if (socket.connected) join();
        // The server drops sockets on sign-out and refuses them without a session; socket.io
        // does not retry either case by itself, so every editor page asks again.
        else socket.connect();
        return () => {
          socket.off('connect', join);
          for (const stop of stops) stop();
          if (socket.connected) socket.emit('statement:leave', { statementId });
        };
      }),
    [statementId],
  );
}
