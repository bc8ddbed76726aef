// Accounts on every adapter: known devices, sessions, and who granted a membership.
import { expect, it } from 'vitest';
import { addDebate, addUser, type TestStores } from '../describeStores.js';

export function accountsContract(db: TestStores): void {
  it('remembers a browser per account and forgets it after a password change', async () => {
    const { stores } = db;
    await addUser(stores, 'u1', 'one@b.org');
    await addUser(stores, 'u2', 'two@b.org');
    await stores.devices.remember('hash-1', 'u1');
    await stores.devices.remember('hash-1', 'u1');
    expect(await stores.devices.isKnown('hash-1', 'one@b.org')).toBe(true);
    expect(await stores.devices.isKnown('hash-1', 'two@b.org')).toBe(false);
    await stores.devices.forgetUser('u1');
    expect(await stores.devices.isKnown('hash-1', 'one@b.org')).toBe(false);
  });

  it('ends every other session of a user', async () => {
    const { stores } = db;
    await addUser(stores, 'u1');
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    for (const id of ['s1', 's2', 's3'])
      await stores.sessions.create({ id, userId: 'u1', expiresAt });
    expect((await stores.sessions.removeOthers('u1', 's2')).sort()).toEqual(['s1', 's3']);
    expect(await stores.sessions.find('s2')).toBeDefined();
    expect(await stores.sessions.find('s1')).toBeUndefined();
  });

  it('records who granted a role, and the latest grant wins', async () => {
    const { stores } = db;
    await addUser(stores, 'u1');
    await addUser(stores, 'org');
    await addDebate(stores, 'd1', 'org');
    await stores.delegations.create({ id: 'g1', debateId: 'd1', name: 'A', kind: 'member_state' });
    await stores.delegations.setMember('g1', 'u1', 'viewer');
    expect((await stores.delegations.members('g1'))[0]?.addedBy).toBeNull();
    await stores.delegations.setMember('g1', 'u1', 'drafter', 'org');
    expect((await stores.delegations.members('g1'))[0]).toMatchObject({
      role: 'drafter',
      addedBy: { id: 'org', displayName: 'org' },
    });
  });
}
