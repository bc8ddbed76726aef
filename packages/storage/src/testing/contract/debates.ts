// A debate's own records on every adapter: who convenes it, and the languages its
// delegations and statements are written in.
import { expect, it } from 'vitest';
import { addDebate, addUser, type TestStores } from '../describeStores.js';

export function debateRecordsContract(db: TestStores): void {
  it('keeps who convenes a debate apart from the Council presidency, through an import too', async () => {
    const { stores } = db;
    await addUser(stores, 'u1');
    const fields = {
      theme: 'Climate and displacement in the Sahel',
      body: 'Security Council',
      format: 'Arria-formula meeting',
    };
    await addDebate(stores, 'd1', 'u1', fields);
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
    const reopened = await db.reopen();
    expect((await reopened.debates.get('d1'))?.convener).toBe(
      'the President of the General Assembly',
    );
  });

  it('keeps a statement’s language and a delegation’s usual language with its rate', async () => {
    const { stores } = db;
    await addUser(stores, 'u1');
    await addDebate(stores, 'd1', 'u1');
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

  it('moves one statement’s "updated at" when its text is stored, no other’s', async () => {
    const { stores } = db;
    await addUser(stores, 'u1');
    await addDebate(stores, 'd1', 'u1');
    const base = { debateId: 'd1', delegationIds: [], createdBy: 'u1' };
    await stores.statements.create({ ...base, id: 's1', title: 'Touched' });
    await stores.statements.create({ ...base, id: 's2', title: 'Left alone' });
    const before = await stores.statements.get('s2');
    await waitForNextMillisecond();
    await Promise.all([stores.statements.touch('s1'), stores.statements.touch('missing')]);
    const touched = await stores.statements.get('s1');
    expect(touched!.updatedAt > touched!.createdAt).toBe(true);
    expect(await stores.statements.get('s2')).toEqual(before);
  });

  it('moves the "updated at" of every statement touched together, no other’s', async () => {
    const { stores } = db;
    await addUser(stores, 'u1');
    await addDebate(stores, 'd1', 'u1');
    const base = { debateId: 'd1', delegationIds: [], createdBy: 'u1' };
    const ids = ['t1', 't2', 't3'];
    for (const id of ids) await stores.statements.create({ ...base, id, title: id });
    await stores.statements.create({ ...base, id: 'left', title: 'Left alone' });
    const before = await stores.statements.get('left');
    await waitForNextMillisecond();
    await stores.statements.touchAll([...ids, 'missing']);
    for (const id of ids) {
      const touched = await stores.statements.get(id);
      expect(touched!.updatedAt > touched!.createdAt).toBe(true);
    }
    expect(await stores.statements.get('left')).toEqual(before);
    await stores.statements.touchAll([]);
  });
}

async function waitForNextMillisecond(): Promise<void> {
  const start = Date.now();
  while (Date.now() === start) await new Promise((resolve) => setImmediate(resolve));
}
