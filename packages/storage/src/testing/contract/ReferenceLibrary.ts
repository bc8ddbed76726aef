// The reference library's full-text search, on every adapter: ranked, highlighted, prefix
// and accent tolerant, confined to the debate's own documents.
import { beforeEach, expect, it } from 'vitest';
import { SNIPPET_END, SNIPPET_START, toFtsQuery } from '../../ReferenceLibrary.js';
import { addDebate, addUser, type TestStores } from '../describeStores.js';

export function referenceLibraryContract(db: TestStores): void {
  beforeEach(async () => {
    const { stores } = db;
    const user = await addUser(stores, 'u1');
    for (const id of ['d1', 'd2']) await addDebate(stores, id, user.id);
    const add = (id: string, debateId: string, symbol: string, paragraphs: string[]) =>
      stores.references.add({
        id,
        debateId,
        symbol,
        title: `Report ${symbol}`,
        date: '2011-09-12',
        fileName: `${id}.txt`,
        format: 'text',
        uploadedBy: user.id,
        paragraphs: paragraphs.map((text, i) => ({
          number: i + 1,
          heading: 'Introduction',
          text,
        })),
        footnotes: [],
      });
    await add('r1', 'd1', 'S/2011/552', [
      'Small arms and light weapons fuel conflict and armed violence.',
      'Arms embargoes imposed by the Security Council should be monitored.',
      'The illicit trade in small arms affects civilians, women and children.',
    ]);
    await add('r2', 'd2', 'S/2019/1011', ['Small arms in another debate entirely.']);
  });

  it('ranks paragraphs of the debate’s own library and highlights the match', async () => {
    const hits = await db.stores.references.search('d1', 'small arms');
    expect(hits.map((h) => h.number).sort()).toEqual([1, 3]);
    expect(hits.every((h) => h.symbol === 'S/2011/552')).toBe(true);
    expect(hits[0]!.snippet).toContain(`${SNIPPET_START}arms${SNIPPET_END}`);
  });

  it('matches a prefix while typing and accents loosely', async () => {
    expect((await db.stores.references.search('d1', 'embarg')).map((h) => h.number)).toEqual([2]);
    // SQLite's tokenizer folds accents; PostgreSQL's english configuration stems instead.
    const loose = db.dialect === 'sqlite' ? 'civílians' : 'civilian';
    expect((await db.stores.references.search('d1', loose)).map((h) => h.number)).toEqual([3]);
  });

  it('treats operators and quotes in the query as plain words', async () => {
    expect(toFtsQuery('arms" OR title:* NEAR(')).toBe('"arms" "OR" "title" "NEAR"*');
    await expect(db.stores.references.search('d1', 'arms" NEAR (')).resolves.toEqual([]);
    expect(await db.stores.references.search('d1', '   !!! ')).toEqual([]);
  });

  it('forgets a removed document', async () => {
    await db.stores.references.remove('r1');
    expect(await db.stores.references.search('d1', 'arms')).toEqual([]);
    expect(await db.stores.references.list('d1')).toEqual([]);
  });
}
