// A Yjs editor on a stock provider: `WebsocketProvider` (Plenary, y-websocket) or
// `HocuspocusProvider`. It types into its own paragraph of the statement body, as
// co-drafters each working on a paragraph do, and moves its caret through awareness.
import { HocuspocusProvider, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { webSocketWithCookie } from '../../../support/collabClient.js';
import type { ArrivalLog } from './ArrivalLog.js';
import type { BenchEditor, EditorTarget } from './BenchEditor.js';
import {
  lightenHocuspocusProvider,
  lightenWebsocketProvider,
  updateClocks,
} from './LightReceiver.js';

const TEXT = 'The Security Council reaffirms its primary responsibility for peace. ';

interface ProviderLike {
  awareness: { setLocalStateField(field: string, value: unknown): void } | null;
  readonly synced: boolean;
  /** Both providers emit `synced` when the server's document has been applied. */
  on(event: 'synced', listener: () => void): void;
  off(event: 'synced', listener: () => void): void;
  destroy(): void;
}

export class YjsEditor implements BenchEditor {
  readonly doc = new Y.Doc();
  private readonly provider: ProviderLike;
  private text: Y.XmlText | undefined;
  private typed = 0;
  private everSynced = false;
  private losses = 0;
  /** Light editors: the next clock of each client whose updates arrived (not applied). */
  private readonly received = new Map<number, number>();

  constructor(
    target: EditorTarget,
    private readonly log: ArrivalLog,
    private readonly name: string,
    light: boolean,
  ) {
    const onUpdate = light ? (update: Uint8Array) => this.recordUpdate(update) : undefined;
    this.provider =
      target.kind === 'hocuspocus'
        ? this.hocuspocus(target, onUpdate)
        : this.websocket(target, onUpdate);
    this.provider.awareness?.setLocalStateField('user', { name, color: '#3366cc' });
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.local) return;
      const at = log.now();
      for (const [client, after] of transaction.afterState) {
        for (let clock = transaction.beforeState.get(client) ?? 0; clock < after; clock += 1) {
          log.recordArrival(`${client}:${clock}`, at);
        }
      }
    });
  }

  private recordUpdate(update: Uint8Array): void {
    const at = this.log.now();
    for (const [client, from, next] of updateClocks(update)) {
      for (let clock = from; clock < next; clock += 1)
        this.log.recordArrival(`${client}:${clock}`, at);
      if (next > (this.received.get(client) ?? 0)) this.received.set(client, next);
    }
  }

  private websocket(target: EditorTarget, onUpdate?: (update: Uint8Array) => void): ProviderLike {
    const base = target.url.replace(/^http/, 'ws');
    const provider = new WebsocketProvider(
      target.kind === 'plenary' ? `${base}/collab` : base,
      target.room,
      this.doc,
      { WebSocketPolyfill: webSocketWithCookie(target.cookie), disableBc: true },
    );
    provider.on('status', ({ status }: { status: string }) =>
      this.onStatus(status === 'connected'),
    );
    if (onUpdate) lightenWebsocketProvider(provider, onUpdate);
    // Its typings list `sync` only; it emits `synced` too, with the same meaning.
    return provider as unknown as ProviderLike;
  }

  private hocuspocus(target: EditorTarget, onUpdate?: (update: Uint8Array) => void): ProviderLike {
    const provider = new HocuspocusProvider({
      url: target.url.replace(/^http/, 'ws'),
      name: target.room,
      document: this.doc,
      // Passed through to the HocuspocusProviderWebsocket it creates (not in the typings).
      WebSocketPolyfill: WebSocket,
    } as HocuspocusProviderConfiguration);
    provider.on('status', ({ status }: { status: string }) =>
      this.onStatus(status === 'connected'),
    );
    if (onUpdate) lightenHocuspocusProvider(provider, onUpdate);
    return provider;
  }

  private onStatus(connected: boolean): void {
    if (!connected && this.everSynced) this.losses += 1;
  }

  get synced(): boolean {
    return this.provider.synced;
  }

  get disconnects(): number {
    return this.losses;
  }

  async ready(timeoutMs: number): Promise<void> {
    await this.firstSync(timeoutMs);
    this.everSynced = true;
    const paragraph = new Y.XmlElement('paragraph');
    this.text = new Y.XmlText();
    paragraph.insert(0, [this.text]);
    const body = this.doc.getXmlFragment('content');
    body.insert(body.length, [paragraph]);
  }

  /** Event-driven rather than polled: scenario 2 waits for thousands of editors at once. */
  private firstSync(timeoutMs: number): Promise<void> {
    if (this.provider.synced) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onSynced = (): void => {
        if (!this.provider.synced) return;
        clearTimeout(timer);
        this.provider.off('synced', onSynced);
        resolve();
      };
      const timer = setTimeout(() => {
        this.provider.off('synced', onSynced);
        reject(new Error(`${this.name} did not sync within ${timeoutMs} ms`));
      }, timeoutMs);
      this.provider.on('synced', onSynced);
    });
  }

  type(): string {
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    const text = this.text;
    if (!text) throw new Error('type() before ready()');
    text.insert(text.length, TEXT[this.typed++ % TEXT.length] ?? ' ');
    return `${this.doc.clientID}:${clock}`;
  }

  moveCursor(): void {
    if (!this.text) return;
    const position = Y.createRelativePositionFromTypeIndex(this.text, this.text.length);
    const json = Y.relativePositionToJSON(position);
    this.provider.awareness?.setLocalStateField('cursor', { anchor: json, head: json });
  }

  mark(): [string, number] {
    return [String(this.doc.clientID), Y.getState(this.doc.store, this.doc.clientID)];
  }

  hasReached(sender: string, next: number): boolean {
    const client = Number(sender);
    return Math.max(Y.getState(this.doc.store, client), this.received.get(client) ?? 0) >= next;
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
