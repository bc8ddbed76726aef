// One open statement document: the Y.Doc, its offline copy in IndexedDB and its
// connection to the collab server, plus the connection state the badge shows.
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { UserIdentity } from '../identity/identityOf';
import { describeClose, type CollabClose } from './describeClose';
import { readUnsynced, writeUnsynced } from './unsyncedCounter';

export type ConnectionKind = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

export interface ConnectionSnapshot {
  kind: ConnectionKind;
  /** Local changes made while not connected and synced; reset once the server has synced. */
  unsynced: number;
  /** The copy stored on this device has been loaded into the document. */
  localLoaded: boolean;
  /**
   * The browser refused to open the offline copy (a private window, a policy): text typed
   * offline lives only in this page until the server has it.
   */
  noOfflineCopy: boolean;
  close: CollabClose | null;
  /** Code of the last connection close, terminal or not (4501: the person's role changed). */
  lastCloseCode: number | null;
}

const LOCAL_LOAD_PATIENCE_MS = 3000;

/**
 * Why IndexedDB refused an offline copy. y-indexeddb's own chains on the refused open have no
 * catch, so the same reason comes back as an unhandled rejection: expected, and said in the
 * badge, so it is not reported again as a page error.
 */
const refusals = new WeakSet<object>();
let refusalsHandled = false;

function expectRefusal(reason: unknown): void {
  if (typeof reason !== 'object' || reason === null) return;
  refusals.add(reason);
  if (refusalsHandled) return;
  refusalsHandled = true;
  window.addEventListener('unhandledrejection', (event) => {
    const { reason: unhandled } = event as PromiseRejectionEvent & { reason: unknown };
    if (typeof unhandled === 'object' && unhandled !== null && refusals.has(unhandled)) {
      event.preventDefault();
    }
  });
}

function collabServerUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/collab`;
}

export class CollabSession {
  readonly doc = new Y.Doc();
  readonly persistence: IndexeddbPersistence;
  readonly provider: WebsocketProvider;
  private readonly listeners = new Set<() => void>();
  private unsynced: number;
  private everSynced = false;
  private localLoaded = false;
  private noOfflineCopy = false;
  private close: CollabClose | null = null;
  private lastCloseCode: number | null = null;
  private snapshot: ConnectionSnapshot;
  private localTimer: number;
  private destroyed = false;

  constructor(readonly statementId: string) {
    this.unsynced = readUnsynced(statementId);
    this.persistence = new IndexeddbPersistence(`plenary:statement:${statementId}`, this.doc);
    // The socket opens once the offline copy is in the document: opened before, the copy would
    // arrive after the server's sync and go back to it whole, as one large update.
    this.provider = new WebsocketProvider(collabServerUrl(), statementId, this.doc, {
      connect: false,
    });
    this.snapshot = this.compute();
    this.doc.on('update', this.onUpdate);
    this.provider.on('status', this.refresh);
    this.provider.on('sync', this.onSync);
    this.provider.on('closed', this.onClosed);
    this.provider.on('connection-close', this.onConnectionClose);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    void this.persistence.whenSynced.then(this.markLocalLoaded);
    // IndexedDB can be refused outright (private modes, policies): then there is no copy to
    // wait for, and the page says that none is kept.
    void this.persistence._db.catch(this.markNoOfflineCopy);
    // Or it can hang (an open blocked by another tab's older version): editing must not wait
    // forever either.
    this.localTimer = window.setTimeout(this.markLocalLoaded, LOCAL_LOAD_PATIENCE_MS);
  }

  get awareness() {
    return this.provider.awareness;
  }

  setUser(user: UserIdentity): void {
    this.provider.awareness.setLocalStateField('user', { name: user.name, color: user.color });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ConnectionSnapshot => this.snapshot;

  destroy(): void {
    this.destroyed = true;
    window.clearTimeout(this.localTimer);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    this.doc.off('update', this.onUpdate);
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private isLive(): boolean {
    return this.provider.wsconnected && this.provider.synced;
  }

  private markLocalLoaded = (): void => {
    if (this.destroyed) return;
    window.clearTimeout(this.localTimer);
    this.localLoaded = true;
    if (navigator.onLine && !this.close) this.provider.connect();
    this.refresh();
  };

  private markNoOfflineCopy = (reason: unknown): void => {
    expectRefusal(reason);
    this.noOfflineCopy = true;
    this.markLocalLoaded();
  };

  private onUpdate = (_update: Uint8Array, origin: unknown): void => {
    // Changes from the server or replayed from IndexedDB are not ours to sync.
    if (origin === this.provider || origin === this.persistence || this.isLive()) return;
    this.unsynced += 1;
    writeUnsynced(this.statementId, this.unsynced);
    this.refresh();
  };

  private onSync = (synced: boolean): void => {
    if (synced && this.provider.wsconnected) {
      this.everSynced = true;
      this.unsynced = 0;
      writeUnsynced(this.statementId, 0);
    }
    this.refresh();
  };

  private onConnectionClose = (event: CloseEvent | null): void => {
    if (event) this.lastCloseCode = event.code;
    this.refresh();
  };

  private onClosed = (event: { code: number }): void => {
    this.close = describeClose(event.code);
    this.refresh();
  };

  // The browser knows about a lost network before the socket times out: act on it at
  // once so the badge tells the truth, and reconnect as soon as the network returns.
  private onOffline = (): void => {
    this.provider.disconnect();
    this.refresh();
  };

  private onOnline = (): void => {
    if (!this.close && this.localLoaded) this.provider.connect();
    this.refresh();
  };

  private compute(): ConnectionSnapshot {
    const { provider } = this;
    let kind: ConnectionKind;
    if (this.close) kind = 'closed';
    else if (!navigator.onLine || (this.localLoaded && !provider.shouldConnect)) kind = 'offline';
    else if (this.isLive()) kind = 'connected';
    else if (this.everSynced || provider.wsUnsuccessfulReconnects > 0) kind = 'reconnecting';
    else kind = 'connecting';
    return {
      kind,
      unsynced: this.unsynced,
      localLoaded: this.localLoaded,
      noOfflineCopy: this.noOfflineCopy,
      close: this.close,
      lastCloseCode: this.lastCloseCode,
    };
  }

  private refresh = (): void => {
    const next = this.compute();
    const prev = this.snapshot;
    if (
      next.kind === prev.kind &&
      next.unsynced === prev.unsynced &&
      next.localLoaded === prev.localLoaded &&
      next.noOfflineCopy === prev.noOfflineCopy &&
      next.close === prev.close &&
      next.lastCloseCode === prev.lastCloseCode
    ) {
      return;
    }
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  };
}
