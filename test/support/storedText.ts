// The text of a statement as its stored log holds it (updates are stored as merged runs, so
// tests wait for content, not for a number of rows).
import type { DocumentStore } from '@plenary/collab';
import * as Y from 'yjs';

export async function storedText(store: DocumentStore, statementId: string): Promise<string> {
  const doc = new Y.Doc();
  for (const update of await store.load(statementId)) Y.applyUpdate(doc, update);
  const text = doc.getXmlFragment('content').toString();
  doc.destroy();
  return text;
}
