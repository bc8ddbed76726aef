// Joins the debate's socket.io room while a view of the whole debate is shown, so that word
// of its statements changing (created, status, deleted, restored) reaches this tab; what
// that word makes stale is in ./liveQueries.ts, and those views reload over REST.
import { useEffect } from 'react';
import { withAppSocket, type JoinAck } from './appSocket';

export function useDebateRoom(debateId: string): void {
  useEffect(
    () =>
      withAppSocket(({ socket }) => {
        const join = () => {
          socket.emit('debate:join', { debateId }, (_result: JoinAck) => {
            // Refused only when the person lost access; the page's own load shows that.
          });
        };
        socket.on('connect', join);
        if (socket.connected) join();
        else socket.connect();
        return () => {
          socket.off('connect', join);
          if (socket.connected) socket.emit('debate:leave', { debateId });
        };
      }),
    [debateId],
  );
}
