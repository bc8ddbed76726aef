// Live word that a debate's statements changed (created, status, deleted, restored). Views
// of the whole debate reload over REST, which shows each person only what they may see.
import { useEffect, useEffectEvent } from 'react';
import { appSocket, type JoinAck } from './appSocket';

export function useDebateEvents(debateId: string, onChanged: () => void): void {
  const changed = useEffectEvent(() => onChanged());

  useEffect(() => {
    const socket = appSocket();
    const join = () => {
      socket.emit('debate:join', { debateId }, (_result: JoinAck) => {
        // Refused only when the person lost access; the page's own load shows that.
      });
    };
    const onStatementsChanged = (payload: { debateId: string }) => {
      if (payload.debateId === debateId) changed();
    };
    // After a reconnect, what happened while offline is only known by reloading.
    const onReconnect = () => {
      join();
      changed();
    };
    socket.on('connect', onReconnect);
    socket.on('debate:statements-changed', onStatementsChanged);
    if (socket.connected) join();
    else socket.connect();
    return () => {
      socket.off('connect', onReconnect);
      socket.off('debate:statements-changed', onStatementsChanged);
      if (socket.connected) socket.emit('debate:leave', { debateId });
    };
  }, [debateId]);
}
