// Live app events for one statement: renames and deletion by other people.
import { useEffect, useEffectEvent } from 'react';
import { parseStatement, type Statement } from '../api/statementsApi';
import { appSocket, type JoinAck } from './appSocket';

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

  useEffect(() => {
    const socket = appSocket();
    const join = () => {
      socket.emit('statement:join', { statementId }, (result: JoinAck) => {
        if (!result.ok) joinFailed(result.error);
      });
    };
    const onUpdated = ({ statement }: { statement: unknown }) => {
      try {
        const parsed = parseStatement(statement);
        if (parsed.id === statementId) updated(parsed);
      } catch {
        // A malformed event is dropped; the next load shows the server's truth.
      }
    };
    const onDeleted = ({ statementId: deletedId }: { statementId: string }) => {
      if (deletedId === statementId) deleted();
    };

    socket.on('connect', join);
    socket.on('statement:updated', onUpdated);
    socket.on('statement:deleted', onDeleted);
    if (socket.connected) join();
    // The server drops sockets on sign-out and refuses them without a session; socket.io
    // does not retry either case by itself, so every editor page asks again.
    else socket.connect();
    return () => {
      socket.off('connect', join);
      socket.off('statement:updated', onUpdated);
      socket.off('statement:deleted', onDeleted);
      if (socket.connected) socket.emit('statement:leave', { statementId });
    };
  }, [statementId]);
}
