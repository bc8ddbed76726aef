// Stock y-websocket providers in Node, with `ws` as the WebSocket implementation.
import { statementText, STATEMENT_FRAGMENT } from '@plenary/statement-model';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from './waitFor.js';

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text(): string;
  /** Appends a paragraph with the given text, as an editor would. */
  appendParagraph(text: string): void;
  /** Inserts text at the start of the first paragraph. */
  typeAtStart(text: string): void;
  destroy(): void;
}

export function collabUrl(baseUrl: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/collab`;
}

/**
 * A `ws` WebSocket class that sends the given session cookie, as a browser would. With
 * `autoPong: false` it never answers the server's pings, as a peer gone without closing.
 * One class per cookie and setting, made once: the benchmark's load generators open thousands
 * of editors with one cookie, and a class each gave every socket a shape of its own, so the
 * code of `ws` and the provider that reads them ran megamorphic in the load generators.
 */
export function webSocketWithCookie(
  cookie: string | undefined,
  { autoPong = true } = {},
): typeof globalThis.WebSocket {
  const key = `${autoPong ? 'pong' : 'silent'} ${cookie ?? ''}`;
  let made = socketClasses.get(key);
  if (!made) {
    made = class CookieWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: cookie ? { cookie } : {}, autoPong });
      }
    } as unknown as typeof globalThis.WebSocket;
    socketClasses.set(key, made);
  }
  return made;
}

const socketClasses = new Map<string, typeof globalThis.WebSocket>();

export function connectClient(
  baseUrl: string,
  statementId: string,
  options: {
    doc?: Y.Doc;
    user?: string;
    connect?: boolean;
    cookie?: string;
    /** Query parameters of the connection, e.g. `{ mode: 'suggesting' }`. */
    params?: Record<string, string>;
    /** false: the socket never answers the server's pings. */
    autoPong?: boolean;
  } = {},
): CollabClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(collabUrl(baseUrl), statementId, doc, {
    WebSocketPolyfill: webSocketWithCookie(options.cookie, { autoPong: options.autoPong }),
    disableBc: true,
    connect: options.connect ?? true,
    params: options.params ?? {},
  });
  if (options.user)
    provider.awareness.setLocalStateField('user', { name: options.user, color: '#3366cc' });
  const fragment = doc.getXmlFragment(STATEMENT_FRAGMENT);
  return {
    doc,
    provider,
    text: () => statementText(doc),
    appendParagraph(text) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      fragment.insert(fragment.length, [paragraph]);
    },
    typeAtStart(text) {
      let first = fragment.get(0);
      if (!(first instanceof Y.XmlElement)) {
        first = new Y.XmlElement('paragraph');
        fragment.insert(0, [first]);
      }
      const paragraph = first as Y.XmlElement;
      let textNode = paragraph.get(0);
      if (!(textNode instanceof Y.XmlText)) {
        textNode = new Y.XmlText();
        paragraph.insert(0, [textNode]);
      }
      (textNode as Y.XmlText).insert(0, text);
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitSynced(client: CollabClient, timeoutMs = 10_000): Promise<void> {
  await waitFor(() => client.provider.synced, { timeoutMs, what: 'provider sync' });
}

/** Waits until every client shows the same non-empty text, and returns it. */
export function waitConverged(clients: CollabClient[], timeoutMs = 10_000): Promise<string> {
  return waitFor(
    () => {
      const texts = clients.map((client) => client.text());
      return texts.every((text) => text === texts[0]) && texts[0] ? texts[0] : '';
    },
    { timeoutMs, what: 'clients to converge' },
  );
}
