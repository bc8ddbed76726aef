// A Y.Doc the server keeps to itself (a room's document, a copy to read or merge). Yjs gives
// every new document a random uuid as its guid, drawing 31 times on the system's random source
// (in a 1,000-statement connect on the 2-core machine, 5 % of the server's CPU went there); a
// document never shared as a subdocument needs no unique guid, so it is named instead.
import * as Y from 'yjs';

export function localDoc(name: string, options: { gc?: boolean } = {}): Y.Doc {
  return new Y.Doc({ ...options, guid: name });
}
