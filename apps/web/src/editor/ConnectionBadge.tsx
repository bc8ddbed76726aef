// How the document's connection stands, in words. The visible badge updates with
// every keystroke offline; the live region only speaks when the state itself changes.
import type { ConnectionSnapshot } from '../collab/CollabSession';

function changes(count: number): string {
  if (count === 0) return 'no unsynced changes';
  return count === 1 ? '1 unsynced change' : `${count} unsynced changes`;
}

function labelOf({ kind, unsynced }: ConnectionSnapshot): string {
  switch (kind) {
    case 'connected':
      return 'Connected';
    case 'connecting':
      return unsynced > 0 ? `Connecting… — ${changes(unsynced)}` : 'Connecting…';
    case 'reconnecting':
      return unsynced > 0 ? `Reconnecting… — ${changes(unsynced)}` : 'Reconnecting…';
    case 'offline':
      return `Offline — ${changes(unsynced)}`;
    case 'closed':
      return 'Disconnected';
  }
}

function detailOf({ kind, close }: ConnectionSnapshot): string {
  switch (kind) {
    case 'connected':
      return 'Every change is shared with your colleagues as you type.';
    case 'connecting':
    case 'reconnecting':
      return 'Changes are saved on this device and will be shared once the connection is back.';
    case 'offline':
      return 'You are offline. Keep writing: changes are saved on this device and merge when you reconnect.';
    case 'closed':
      return close?.title ?? 'The server ended the connection.';
  }
}

const ANNOUNCEMENTS: Record<ConnectionSnapshot['kind'], string> = {
  connected: 'Connected. Changes are shared.',
  connecting: 'Connecting to the server.',
  reconnecting: 'Connection lost. Reconnecting; your changes are saved on this device.',
  offline: 'Offline. Your changes are saved on this device and will sync when you reconnect.',
  closed: 'Disconnected from the server.',
};

export function ConnectionBadge({ connection }: { connection: ConnectionSnapshot }) {
  return (
    <>
      <p
        className="connection-badge"
        data-status={connection.kind}
        data-unsynced={connection.unsynced}
        title={detailOf(connection)}
      >
        <span className="connection-badge__dot" aria-hidden="true" />
        <span className="connection-badge__label">{labelOf(connection)}</span>
      </p>
      <p
        className="visually-hidden"
        role="status"
        aria-live="polite"
        data-testid="connection-announcement"
      >
        {ANNOUNCEMENTS[connection.kind]}
      </p>
    </>
  );
}
