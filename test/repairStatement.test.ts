// `plenary repair-statement ID` (in this process) on a statement stored 2,000 levels deep before the limits.
import { applyStoredUpdates } from '@plenary/collab';
import { statementDepth, statementText } from '@plenary/statement-model';
import { openSqliteDatabase, Stores } from '@plenary/storage';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createRepairCommand } from '../apps/server/src/cli/repairCommand.js';
import { makeDraftingTeam } from './support/factories.js';
import { startTestServer } from './support/testServer.js';

/** Runs the command in this process (a child would spend most of its time starting up). */
async function repair(dataDir: string, id: string): Promise<{ code: number; out: string }> {
  let out = '';
  const write = (chunk: string | Uint8Array): boolean => {
    out += String(chunk);
    return true;
  };
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(write);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(write);
  const saved = process.env.DATA_DIR;
  process.env.DATA_DIR = dataDir;
  process.exitCode = 0;
  try {
    // As typed: an id may begin with '-', and the command takes it as the id, not an option.
    await createRepairCommand().parseAsync(['node', 'plenary', id]);
  } finally {
    process.env.DATA_DIR = saved;
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, out };
}

async function storedDoc(stores: Stores, id: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  applyStoredUpdates(doc, await stores.documents.load(id));
  return doc;
}

describe('plenary repair-statement', () => {
  it('flattens what lies past the limit and keeps every word', async () => {
    const server = await startTestServer();
    const { statement } = await makeDraftingTeam(server.url);
    const { dataDir } = server;
    await server.stop();

    const deep = new Y.Doc();
    deep.transact(() => {
      let parent: Y.XmlFragment | Y.XmlElement = deep.getXmlFragment('content');
      for (let level = 0; level < 2_000; level += 1) {
        const quote: Y.XmlElement = new Y.XmlElement('blockquote');
        parent.insert(0, [quote]);
        parent = quote;
      }
      const paragraph = new Y.XmlElement('paragraph');
      parent.insert(0, [paragraph]);
      paragraph.insert(0, [new Y.XmlText('Innermost words')]);
    });
    let stores = new Stores(await openSqliteDatabase(dataDir));
    await stores.documents.append(statement.id, Y.encodeStateAsUpdate(deep));
    await stores.close();

    const first = await repair(dataDir, statement.id);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain('was nested 2002 levels deep');
    const again = await repair(dataDir, statement.id);
    expect(again.out).toContain('nothing to repair');
    const missing = await repair(dataDir, 'no-such-statement');
    expect(missing.code).toBe(1);
    // An id beginning with '-' is looked up, not refused as an unknown option.
    const dashed = await repair(dataDir, '-Xno-such-statement');
    expect(dashed.code).toBe(1);
    expect(dashed.out).toContain('-Xno-such-statement');
    expect(dashed.out).not.toMatch(/unknown option/);

    stores = new Stores(await openSqliteDatabase(dataDir));
    const doc = await storedDoc(stores, statement.id);
    await stores.close();
    expect(statementDepth(doc)).toBeLessThanOrEqual(16);
    expect(statementText(doc)).toContain('Innermost words');
  });
});
