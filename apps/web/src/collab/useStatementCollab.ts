import { useEffect, useState, useSyncExternalStore } from 'react';
import { CollabSession, type ConnectionSnapshot } from './CollabSession';

/**
 * Opens the statement's shared document for as long as the component is mounted.
 * Null until the first effect has run (and briefly when the statement id changes).
 */
export function useStatementCollab(statementId: string): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  useEffect(() => {
    const opened = new CollabSession(statementId);
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(null);
    };
  }, [statementId]);
  return session;
}

const NOT_OPEN: ConnectionSnapshot = {
  kind: 'connecting',
  unsynced: 0,
  localLoaded: false,
  noOfflineCopy: false,
  close: null,
  lastCloseCode: null,
};
const noSubscription = () => () => {};

/** The session's connection state, re-rendering when it changes. */
export function useConnection(session: CollabSession | null): ConnectionSnapshot {
  return useSyncExternalStore(
    session ? session.subscribe : noSubscription,
    session ? session.getSnapshot : () => NOT_OPEN,
  );
}
