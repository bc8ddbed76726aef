// The storage contract: every adapter (SQLite, PostgreSQL) must pass the same suite.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Dialect } from './Dialect.js';
import { openPostgresDatabase } from './openPostgresDatabase.js';
import { openSqliteDatabase } from './openSqliteDatabase.js';
import { SNIPPET_END, SNIPPET_START, toFtsQuery } from './ReferenceLibrary.js';
import { Stores } from './Stores.js';

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Adapter {
  stores: Stores;
  reopen(): Promise<Stores>;
  dispose(): Promise<void>;
}

async function openAdapter(dialect: Dialect): Promise<Adapter> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-store-'));
    const adapter: Adapter = {
      stores: new Stores(await openSqliteDatabase(dir)),
      async reopen() {
        await adapter.stores.close();
        adapter.stores = new Stores(await openSqliteDatabase(dir));
        return adapter.stores;
      },
      async dispose() {
        await adapter.stores.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
    return adapter;
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const adapter: Adapter = {
    stores: new Stores(
      await openPostgresDatabase(TEST_DATABASE_URL, { schema, poolSize: 4 }),
      'postgres',
    ),
    async reopen() {
      await adapter.stores.close();
      adapter.stores = new Stores(
        await openPostgresDatabase(TEST_DATABASE_URL, { schema, poolSize: 4 }),
        'postgres',
      );
      return adapter.stores;
    },
    async dispose() {
      await adapter.stores.close();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
  return adapter;
}

describe.each(['sqlite', 'postgres'] as const)('storage contract on %s', (dialect) => {
  let adapter: Adapter;
  let stores: Stores;
  beforeEach(async () => {
    adapter = await openAdapter(dialect);
    stores = adapter.stores;
  });
  afterEach(() => adapter.dispose());

  describe('DocumentLog', () => {
    const store = () => stores.documents;
    async function typeInto(id: string, doc: Y.Doc, text: string): Promise<void> {
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      for (const char of text) doc.getText('t').insert(doc.getText('t').length, char);
      doc.getText('t').delete(0, 2);
      for (const update of updates) await store().append(id, update);
    }
    async function reload(id: string): Promise<string> {
      const doc = new Y.Doc();
      for (const update of await store().load(id)) Y.applyUpdate(doc, update);
      return doc.getText('t').toString();
    }

    it('keeps documents apart and returns updates in order', async () => {
      await typeInto('a', new Y.Doc(), 'alpha');
      await typeInto('b', new Y.Doc(), 'beta');
      expect(await reload('a')).toBe('pha');
      expect(await reload('b')).toBe('ta');
    });

    it('compacts to one row with identical content, keeping later appends after it', async () => {
      const doc = new Y.Doc();
      await typeInto('a', doc, 'Mr. President');
      expect(await store().rowCount('a')).toBe(14);
      expect(await store().compact('a')).toEqual({ rowsBefore: 14, rowsAfter: 1 });
      expect(await reload('a')).toBe('. President');
      await typeInto('a', doc, ',');
      expect(await reload('a')).toBe('President,');
      expect(await store().compact('a')).toEqual({ rowsBefore: 3, rowsAfter: 1 });
      expect(await reload('a')).toBe('President,');
    });

    it('loses no update when compactions and appends run concurrently', async () => {
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      for (let i = 0; i < 60; i += 1) doc.getText('t').insert(0, String(i % 10));
      const expected = doc.getText('t').toString();
      await Promise.all([
        ...updates.map((update) => store().append('a', update)),
        store().compact('a'),
        store().compact('a'),
        store().compact('a'),
      ]);
      await Promise.all([store().compact('a'), store().compact('a')]);
      const check = new Y.Doc();
      for (const update of await store().load('a')) Y.applyUpdate(check, update);
      expect(check.getText('t').toString()).toBe(expected);
      expect(await store().rowCount('a')).toBe(1);
    });

    it('appends a batch across documents in one transaction, in order', async () => {
      const docs = { a: new Y.Doc(), b: new Y.Doc() };
      const entries: { documentId: string; update: Uint8Array }[] = [];
      for (const [documentId, doc] of Object.entries(docs)) {
        doc.on('update', (update: Uint8Array) => entries.push({ documentId, update }));
      }
      for (const char of 'abcdef') {
        docs.a.getText('t').insert(0, char);
        docs.b.getText('t').insert(docs.b.getText('t').length, char);
      }
      await store().appendBatch(entries);
      expect(await reload('a')).toBe('fedcba');
      expect(await reload('b')).toBe('abcdef');
      // Order matters to nothing in Yjs, but the log keeps it: the stored rows are the updates.
      expect(await store().load('a')).toEqual(
        entries.filter((e) => e.documentId === 'a').map((e) => e.update),
      );
    });

    it('stores nothing of a batch that fails part-way', async () => {
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      doc.getText('t').insert(0, 'kept?');
      const broken = { documentId: 'a', update: null as unknown as Uint8Array };
      await expect(
        store().appendBatch([{ documentId: 'a', update: updates[0]! }, broken]),
      ).rejects.toThrow();
      expect(await store().rowCount('a')).toBe(0);
      await store().appendBatch([{ documentId: 'a', update: updates[0]! }]);
      expect(await reload('a')).toBe('kept?');
    });

    it('survives reopening the database', async () => {
      await typeInto('a', new Y.Doc(), 'durable');
      stores = await adapter.reopen();
      expect(await reload('a')).toBe('rable');
    });

    it('removes a document entirely', async () => {
      await typeInto('a', new Y.Doc(), 'gone');
      await store().remove('a');
      expect(await store().rowCount('a')).toBe(0);
    });
  });

  describe('debate convener', () => {
    it('keeps who convenes a debate apart from the Council presidency, through an import too', async () => {
      await stores.users.create({
        id: 'u1',
        email: 'a@b.org',
        displayName: 'A',
        passwordHash: 'x',
        isAdmin: false,
      });
      const fields = {
        theme: 'Climate and displacement in the Sahel',
        body: 'Security Council',
        meetingDate: null,
        meetingTime: null,
        presidency: null,
        format: 'Arria-formula meeting',
        speakingLimitMinutes: null,
        submissionEmail: null,
        submissionDeadline: null,
        expectedOutcome: null,
      };
      await stores.debates.create({ id: 'd1', createdBy: 'u1', fields });
      expect((await stores.debates.get('d1'))?.convener).toBeNull();
      await stores.debates.update('d1', { convener: 'Estonia and Niger' });
      expect(await stores.debates.get('d1')).toMatchObject({
        convener: 'Estonia and Niger',
        presidency: null,
      });
      await stores.points.applyImport('d1', 'u1', {
        fields: { ...fields, convener: 'the President of the General Assembly' },
        points: { objectives: [], discussionPoints: [] },
        source: { fileName: 'note.txt', format: 'text', text: 'A note.', symbol: null },
      });
      const reopened = await adapter.reopen();
      expect((await reopened.debates.get('d1'))?.convener).toBe(
        'the President of the General Assembly',
      );
    });
  });

  describe('statement languages', () => {
    it('keeps a statement’s language and a delegation’s usual language with its rate', async () => {
      await stores.users.create({
        id: 'u1',
        email: 'a@b.org',
        displayName: 'A',
        passwordHash: 'x',
        isAdmin: false,
      });
      await stores.debates.create({
        id: 'd1',
        createdBy: 'u1',
        fields: {
          theme: 'd1',
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
      await stores.delegations.create({
        id: 'g1',
        debateId: 'd1',
        name: 'Egypt',
        kind: 'member_state',
      });
      expect((await stores.delegations.get('g1'))?.language).toBe('en');
      await stores.delegations.setLanguage('g1', 'ar', 100);
      expect(await stores.delegations.get('g1')).toMatchObject({
        language: 'ar',
        wordsPerMinute: 100,
      });
      const base = { debateId: 'd1', delegationIds: ['g1'], createdBy: 'u1' };
      await stores.statements.create({ ...base, id: 's1', title: 'Arabic', language: 'ar' });
      await stores.statements.create({ ...base, id: 's2', title: 'Default' });
      expect((await stores.statements.get('s1'))?.language).toBe('ar');
      expect((await stores.statements.get('s2'))?.language).toBe('en');
      expect((await stores.statements.listByDebate('d1')).map((s) => s.language).sort()).toEqual([
        'ar',
        'en',
      ]);
    });
  });

  describe('outcome documents and the silence procedure', () => {
    it('adopts a revision whose silence passed exactly once, across concurrent claims and a reopen', async () => {
      await stores.users.create({
        id: 'u1',
        email: 'a@b.org',
        displayName: 'A',
        passwordHash: 'x',
        isAdmin: false,
      });
      await stores.debates.create({
        id: 'd1',
        createdBy: 'u1',
        fields: {
          theme: 'd1',
          body: null,
          meetingDate: null,
          meetingTime: null,
          presidency: null,
          format: null,
          speakingLimitMinutes: null,
          submissionEmail: null,
          submissionDeadline: null,
          expectedOutcome: null,
          trainingExercise: true,
        },
      });
      expect((await stores.debates.get('d1'))?.trainingExercise).toBe(true);
      expect(await stores.debates.trainingOrganizedBy('u1')).toEqual(['d1']);
      await stores.delegations.create({
        id: 'g1',
        debateId: 'd1',
        name: 'Team 1',
        kind: 'training_team',
      });
      // The shared text belongs to no delegation and is listed as no one's statement.
      await stores.statements.create({
        id: 's1',
        debateId: 'd1',
        title: 'Common text',
        delegationIds: [],
        createdBy: 'u1',
      });
      await stores.outcomes.create({
        id: 'o1',
        debateId: 'd1',
        statementId: 's1',
        kind: 'training_outcome',
        penholderDelegationId: 'g1',
        createdBy: 'u1',
      });
      expect(await stores.statements.listByDebate('d1')).toEqual([]);
      await stores.versions.create({
        id: 'v1',
        statement_id: 's1',
        revision: 1,
        kind: 'named',
        name: 'Zero draft',
        state: new Uint8Array([0, 0]),
        text: 'We share a vision.',
        created_by: 'u1',
      });
      const zero = await stores.outcomes.addRevision({
        id: 'r1',
        outcomeId: 'o1',
        versionId: 'v1',
        circulatedBy: 'u1',
      });
      expect(zero.name).toBe('Zero draft');
      expect(await stores.outcomes.startSilence('o1', 'r1', '2030-01-01T12:00:00.000Z')).toBe(true);
      expect(await stores.outcomes.startSilence('o1', 'r1', '2030-01-02T12:00:00.000Z')).toBe(
        false,
      );
      stores = await adapter.reopen();
      expect(await stores.outcomes.silencesDue('2030-01-01T11:59:59.000Z')).toEqual([]);
      const after = '2030-01-01T12:00:01.000Z';
      // Breaking silence after the deadline changes nothing.
      expect(await stores.outcomes.endSilence('o1', 'drafting', after)).toBe(false);
      const claims = await Promise.all(
        Array.from({ length: 6 }, () => stores.outcomes.claimPassedSilence('o1', after)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect((await stores.outcomes.get('o1'))?.status).toBe('adopted');
    });
  });

  describe('ReferenceLibrary', () => {
    beforeEach(async () => {
      const user = await stores.users.create({
        id: 'u1',
        email: 'a@b.org',
        displayName: 'A',
        passwordHash: 'x',
        isAdmin: false,
      });
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
      const hits = await stores.references.search('d1', 'small arms');
      expect(hits.map((h) => h.number).sort()).toEqual([1, 3]);
      expect(hits.every((h) => h.symbol === 'S/2011/552')).toBe(true);
      expect(hits[0]!.snippet).toContain(`${SNIPPET_START}arms${SNIPPET_END}`);
    });

    it('matches a prefix while typing and accents loosely', async () => {
      expect((await stores.references.search('d1', 'embarg')).map((h) => h.number)).toEqual([2]);
      // SQLite's tokenizer folds accents; PostgreSQL's english configuration stems instead.
      const loose = dialect === 'sqlite' ? 'civílians' : 'civilian';
      expect((await stores.references.search('d1', loose)).map((h) => h.number)).toEqual([3]);
    });

    it('treats operators and quotes in the query as plain words', async () => {
      expect(toFtsQuery('arms" OR title:* NEAR(')).toBe('"arms" "OR" "title" "NEAR"*');
      await expect(stores.references.search('d1', 'arms" NEAR (')).resolves.toEqual([]);
      expect(await stores.references.search('d1', '   !!! ')).toEqual([]);
    });

    it('forgets a removed document', async () => {
      await stores.references.remove('r1');
      expect(await stores.references.search('d1', 'arms')).toEqual([]);
      expect(await stores.references.list('d1')).toEqual([]);
    });
  });

  describe('accounts: known devices, sessions, who granted a membership', () => {
    const user = (id: string, email: string) =>
      stores.users.create({ id, email, displayName: id, passwordHash: 'x', isAdmin: false });

    it('remembers a browser per account and forgets it after a password change', async () => {
      await user('u1', 'one@b.org');
      await user('u2', 'two@b.org');
      await stores.devices.remember('hash-1', 'u1');
      await stores.devices.remember('hash-1', 'u1');
      expect(await stores.devices.isKnown('hash-1', 'one@b.org')).toBe(true);
      expect(await stores.devices.isKnown('hash-1', 'two@b.org')).toBe(false);
      await stores.devices.forgetUser('u1');
      expect(await stores.devices.isKnown('hash-1', 'one@b.org')).toBe(false);
    });

    it('ends every other session of a user', async () => {
      await user('u1', 'one@b.org');
      const expiresAt = new Date(Date.now() + 60_000).toISOString();
      for (const id of ['s1', 's2', 's3'])
        await stores.sessions.create({ id, userId: 'u1', expiresAt });
      expect((await stores.sessions.removeOthers('u1', 's2')).sort()).toEqual(['s1', 's3']);
      expect(await stores.sessions.find('s2')).toBeDefined();
      expect(await stores.sessions.find('s1')).toBeUndefined();
    });

    it('records who granted a role, and the latest grant wins', async () => {
      await user('u1', 'one@b.org');
      await user('org', 'org@b.org');
      await stores.debates.create({
        id: 'd1',
        createdBy: 'org',
        fields: {
          theme: 'd1',
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
      await stores.delegations.create({
        id: 'g1',
        debateId: 'd1',
        name: 'A',
        kind: 'member_state',
      });
      await stores.delegations.setMember('g1', 'u1', 'viewer');
      expect((await stores.delegations.members('g1'))[0]?.addedBy).toBeNull();
      await stores.delegations.setMember('g1', 'u1', 'drafter', 'org');
      expect((await stores.delegations.members('g1'))[0]).toMatchObject({
        role: 'drafter',
        addedBy: { id: 'org', displayName: 'org' },
      });
    });
  });
});
