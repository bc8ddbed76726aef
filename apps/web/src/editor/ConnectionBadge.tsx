// How the document's connection stands, in words. The visible badge updates with
// every keystroke offline; the live region only speaks when the state itself changes.
import type { ConnectionSnapshot } from '../collab/CollabSession';
import { NO_ACCESS_CLOSE } from '../collab/describeClose';
import { t } from '../i18n/messages/editor';

function changes(count: number): string {
  if (count === 0) return t('connection.noChanges');
  return t('connection.changes', { count });
}

function labelOf({ kind, unsynced, close }: ConnectionSnapshot): string {
  switch (kind) {
    case 'connected':
      return t('connection.connected');
    case 'connecting':
      return unsynced > 0
        ? t('connection.connectingWith', { changes: changes(unsynced) })
        : t('connection.connecting');
    case 'reconnecting':
      return unsynced > 0
        ? t('connection.reconnectingWith', { changes: changes(unsynced) })
        : t('connection.reconnecting');
    case 'offline':
      return t('connection.offline', { changes: changes(unsynced) });
    case 'closed':
      // Not a network fault: the server refused this person the document.
      return close?.code === NO_ACCESS_CLOSE ? t('connection.noAccess') : t('connection.closed');
  }
}

function detailOf({ kind, close }: ConnectionSnapshot): string {
  switch (kind) {
    case 'connected':
      return t('connection.detailConnected');
    case 'connecting':
    case 'reconnecting':
      return t('connection.detailConnecting');
    case 'offline':
      return t('connection.detailOffline');
    case 'closed':
      return close?.title ?? t('connection.detailClosed');
  }
}

const ANNOUNCEMENTS = {
  connected: 'connection.saidConnected',
  connecting: 'connection.saidConnecting',
  reconnecting: 'connection.saidReconnecting',
  offline: 'connection.saidOffline',
  closed: 'connection.saidClosed',
} as const satisfies Record<ConnectionSnapshot['kind'], string>;

export function ConnectionBadge({ connection }: { connection: ConnectionSnapshot }) {
  return (
    <>
      <p
        className="connection-badge"
        data-status={connection.kind}
        data-unsynced={connection.unsynced}
        data-offline-copy={connection.noOfflineCopy ? 'none' : 'kept'}
        title={
          connection.noOfflineCopy
            ? `${detailOf(connection)} ${t('connection.detailNoCopy')}`
            : detailOf(connection)
        }
      >
        <span className="connection-badge__dot" aria-hidden="true" />
        <span className="connection-badge__label">
          {connection.noOfflineCopy
            ? `${labelOf(connection)} · ${t('connection.noCopy')}`
            : labelOf(connection)}
        </span>
      </p>
      <p
        className="visually-hidden"
        role="status"
        aria-live="polite"
        data-testid="connection-announcement"
      >
        {t(ANNOUNCEMENTS[connection.kind])}
      </p>
    </>
  );
}
