// Turns a stock provider into a light one for the load: after the first sync, incoming
// document updates are recorded (who made them, which clock) but not applied, and incoming
// awareness is echoed back unchanged, which is what the stock provider would send after
// applying it. The wire traffic the server sees stays the stock traffic; the client no longer
// pays Yjs's per-transaction cost, which grows with the number of editors and would make 100
// simulated editors on one core measure the load generator rather than the server.
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const SYNC = 0;
const AWARENESS = 1;
const SYNC_UPDATE = 2;

/** Called with every Yjs update the editor receives after its first sync. */
export type OnUpdate = (update: Uint8Array) => void;

/** [client, first clock, next clock] of each client's structs in a v1 update. */
export function updateClocks(update: Uint8Array): Array<[number, number, number]> {
  // Always read the clock range: one struct may hold several characters (a server that
  // merges a burst of keystrokes sends them as one string item).
  const meta = Y.parseUpdateMeta(update);
  return [...meta.to].map(([client, next]) => [client, meta.from.get(client) ?? 0, next]);
}

/**
 * Whether an awareness update is about someone else (the stock provider echoes only those).
 * Every entry is read: a server may send several carets in one update, the receiver's own among
 * them, and the stock provider echoes the others.
 */
function aboutOthers(payload: Uint8Array, ownClient: number): boolean {
  const decoder = decoding.createDecoder(payload);
  for (let count = decoding.readVarUint(decoder); count > 0; count -= 1) {
    if (decoding.readVarUint(decoder) !== ownClient) return true;
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return false;
}

type Handler = WebsocketProvider['messageHandlers'][number];

export function lightenWebsocketProvider(provider: WebsocketProvider, onUpdate: OnUpdate): void {
  const stockSync = provider.messageHandlers[SYNC] as Handler;
  provider.messageHandlers[SYNC] = (encoder, decoder, p, emitSynced, messageType) => {
    const start = decoder.pos;
    if (p.synced && decoding.readVarUint(decoder) === SYNC_UPDATE) {
      onUpdate(decoding.readVarUint8Array(decoder));
      return;
    }
    decoder.pos = start;
    stockSync(encoder, decoder, p, emitSynced, messageType);
  };
  provider.messageHandlers[AWARENESS] = (_encoder, decoder, p) => {
    const payload = decoding.readVarUint8Array(decoder);
    if (!aboutOthers(payload, p.doc.clientID)) return;
    const echo = encoding.createEncoder();
    encoding.writeVarUint(echo, AWARENESS);
    encoding.writeVarUint8Array(echo, payload);
    p.ws?.send(encoding.toUint8Array(echo));
  };
}

export function lightenHocuspocusProvider(provider: HocuspocusProvider, onUpdate: OnUpdate): void {
  const stock = provider.onMessage.bind(provider);
  provider.onMessage = (event: Parameters<HocuspocusProvider['onMessage']>[0]) => {
    const data = new Uint8Array(event.data as ArrayBuffer);
    const decoder = decoding.createDecoder(data);
    const name = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (provider.synced && type === SYNC && decoding.readVarUint(decoder) === SYNC_UPDATE) {
      onUpdate(decoding.readVarUint8Array(decoder));
      return;
    }
    if (provider.synced && type === AWARENESS) {
      const payload = decoding.readVarUint8Array(decoder);
      if (!aboutOthers(payload, provider.document.clientID)) return;
      const echo = encoding.createEncoder();
      encoding.writeVarString(echo, name);
      encoding.writeVarUint(echo, AWARENESS);
      encoding.writeVarUint8Array(echo, payload);
      provider.configuration.websocketProvider.send(encoding.toUint8Array(echo));
      return;
    }
    stock(event);
  };
}
