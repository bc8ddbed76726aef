import { useEffect, useEffectEvent } from 'react';
import { statementsApi, type Statement } from '../api/statementsApi';
import { withAppSocket } from '../realtime/appSocket';

/**
 * Status changes arrive as app events, and events sent while this tab was offline are
 * gone: after every reconnection, ask the server where the statement stands, so the
 * status bar never shows "Draft" for a statement submitted in the meantime.
 */
export function useStatusAfterReconnect(
  statementId: string,
  onStatement: (statement: Statement) => void,
): void {
  const received = useEffectEvent(onStatement);

  useEffect(
    () =>
      withAppSocket(({ socket }) => {
        let controller: AbortController | null = null;
        const refresh = () => {
          controller?.abort();
          controller = new AbortController();
          statementsApi.get(statementId, controller.signal).then(received, () => undefined);
        };
        socket.on('connect', refresh);
        return () => {
          socket.off('connect', refresh);
          controller?.abort();
        };
      }),
    [statementId],
  );
}
