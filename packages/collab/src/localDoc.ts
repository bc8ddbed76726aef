// A Y.Doc the server keeps to itself (a room's document, a copy to read or merge). Yjs gives
// every new document a random uuid as its guid, drawing 31 times on the system's random source
// (in a 1,000-statement connect on the 2-core machine, 5 % of the server's CPU went there); a
// document never shared as a subdocument needs no unique guid, so it is named instead.
//
// Nor does it need what Yjs sets up for providers: a `gcFilter` closure of its own (one shared
// function instead), and listeners to its own `load` and `sync` events, which settle
// `whenLoaded` and `whenSynced` when a provider emits them. No provider is attached to a
// server's document and nothing emits those events on it; the two sets of listeners were
// 0.6 KiB of every open statement.
import * as Y from 'yjs';

const collectEverything = (): boolean => true;

export function localDoc(name: string, options: { gc?: boolean } = {}): Y.Doc {
  const doc = new Y.Doc({ ...options, guid: name, gcFilter: collectEverything });
  doc._observers.delete('load');
  doc._observers.delete('sync');
  return doc;
}
