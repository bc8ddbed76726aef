// A stock provider on a Y.Doc for the coordinator's own single-client work (building the
// cold-open document, timing an open, the persistence burst), without the editor machinery.
import { HocuspocusProvider, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { webSocketWithCookie } from '../../../support/collabClient.js';
import type { ServerKind } from '../benchOptions.js';

export interface OpenDocument {
  doc: Y.Doc;
  synced: Promise<void>;
  /** Resolves once the server has acknowledged everything sent (Hocuspocus only knows this). */
  destroy(): void;
}

export function openDocument(
  kind: ServerKind,
  url: string,
  room: string,
  cookie?: string,
  doc = new Y.Doc(),
): OpenDocument {
  const base = url.replace(/^http/, 'ws');
  const provider =
    kind === 'hocuspocus'
      ? new HocuspocusProvider({
          url: base,
          name: room,
          document: doc,
          // Passed through to the HocuspocusProviderWebsocket it creates (not in the typings).
          WebSocketPolyfill: WebSocket,
        } as HocuspocusProviderConfiguration)
      : new WebsocketProvider(kind === 'plenary' ? `${base}/collab` : base, room, doc, {
          WebSocketPolyfill: webSocketWithCookie(cookie),
          disableBc: true,
        });
  // Both emit `synced` (y-websocket's typings list only its alias `sync`).
  const events = provider as unknown as {
    synced: boolean;
    on(event: 'synced', listener: () => void): void;
    off(event: 'synced', listener: () => void): void;
  };
  const synced = new Promise<void>((resolve) => {
    if (events.synced) return resolve();
    const onSynced = (): void => {
      if (!events.synced) return;
      events.off('synced', onSynced);
      resolve();
    };
    events.on('synced', onSynced);
  });
  return {
    doc,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The plain text of the statement body. */
export function bodyLength(doc: Y.Doc): number {
  let length = 0;
  for (const paragraph of doc.getXmlFragment('content').toArray()) {
    if (paragraph instanceof Y.XmlElement) {
      for (const child of paragraph.toArray())
        if (child instanceof Y.XmlText) length += child.length;
    }
  }
  return length;
}
