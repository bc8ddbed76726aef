// Live word that a debate's statements changed (created, status, deleted, restored). Views
// of the whole debate reload over REST, which shows each person only what they may see.
import { useEffect, useEffectEvent } from 'react';
import { withAppSocket, type JoinAck } from './appSocket';

export function useDebateEvents(debateId: string, onChanged: () => void): void {
  const changed = useEffectEvent(() => onChanged());

  useEffect(
    () =>
      withAppSocket(({ socket, on }) => {
        const join = () => {
          socket.emit('debate:join', { debateId }, (_result: JoinAck) => {
            // Refused only when the person lost access; the page's own load shows that.
          });
        };
        // After a reconnect, what happened while offline is only known by reloading.
        const onReconnect = () => {
          join();
          changed();
        };
        socket.on('connect', onReconnect);
        const stop = on('debate:statements-changed', (payload) => {
          if (payload.debateId === debateId) changed();
        });
        if (socket.connected) join();
        else socket.connect();
        return () => {
          socket.off('connect', onReconnect);
          stop();
          if (socket.connected) socket.emit('debate:leave', { debateId });
        };
      }),
    [debateId],
  );
}
