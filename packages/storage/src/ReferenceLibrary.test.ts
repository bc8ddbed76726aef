import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from './openSqliteDatabase.js';
import { SNIPPET_END, SNIPPET_START, toFtsQuery } from './ReferenceLibrary.js';
import { Stores } from './Stores.js';

describe('ReferenceLibrary on SQLite FTS5', () => {
  let dir: string;
  let stores: Stores;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-library-'));
    stores = new Stores(await openSqliteDatabase(dir));
    const user = await stores.users.create({ id: 'u1', email: 'a@b.org', displayName: 'A', passwordHash: 'x', isAdmin: false });
    for (const id of ['d1', 'd2']) {
      await stores.debates.create({
        id,
        createdBy: user.id,
        fields: {
          theme: id,
          body: null,
          meetingDate: null,
          meetingTime: null,
          presidency: null,
          format: null,
          speakingLimitMinutes: null,
          submissionEmail: null,
          submissionDeadline: null,
          expectedOutcome: null,
        },
      });
    }
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
        paragraphs: paragraphs.map((text, i) => ({ number: i + 1, heading: 'Introduction', text })),
        footnotes: [],
      });
    await add('r1', 'd1', 'S/2011/552', [
      'Small arms and light weapons fuel conflict and armed violence.',
      'Arms embargoes imposed by the Security Council should be monitored.',
      'The illicit trade in small arms affects civilians, women and children.',
    ]);
    await add('r2', 'd2', 'S/2019/1011', ['Small arms in another debate entirely.']);
  });
  afterEach(async () => {
    await stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ranks paragraphs of the debate’s own library and highlights the match', async () => {
    const hits = await stores.references.search('d1', 'small arms');
    expect(hits.map((h) => h.number).sort()).toEqual([1, 3]);
    expect(hits.every((h) => h.symbol === 'S/2011/552')).toBe(true);
    expect(hits[0]!.snippet).toContain(`${SNIPPET_START}arms${SNIPPET_END}`);
  });

  it('matches a prefix while typing and accents loosely', async () => {
    expect((await stores.references.search('d1', 'embarg')).map((h) => h.number)).toEqual([2]);
    expect((await stores.references.search('d1', 'civílians')).map((h) => h.number)).toEqual([3]);
  });

  it('treats operators and quotes in the query as plain words', async () => {
    expect(toFtsQuery('arms" OR title:* NEAR(')).toBe('"arms" "OR" "title" "NEAR"*');
    await expect(stores.references.search('d1', 'arms" OR (')).resolves.toEqual([]);
    expect(await stores.references.search('d1', '   !!! ')).toEqual([]);
  });

  it('forgets a removed document', async () => {
    await stores.references.remove('r1');
    expect(await stores.references.search('d1', 'arms')).toEqual([]);
    expect(await stores.references.list('d1')).toEqual([]);
  });
});
