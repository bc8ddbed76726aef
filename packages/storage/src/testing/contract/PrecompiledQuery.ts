import { expect, it } from 'vitest';
import { PrecompiledQuery } from '../../PrecompiledQuery.js';
import { addUser, type TestStores } from '../describeStores.js';

// A query compiled once answers for each call's values, alone, concurrently and in a
// transaction, and keeps the constants it was built with.
export function precompiledQueryContract(db: TestStores): void {
  it('answers each call for its own values, constants kept', async () => {
    const { stores } = db;
    await addUser(stores, 'ada');
    await addUser(stores, 'bob');
    const byEmail = new PrecompiledQuery(
      (slot) =>
        stores.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', slot(0))
          .where('is_admin', '=', 0)
          .where('id', '!=', 'nobody'),
      1,
    );
    const idOf = async (email: string) =>
      (await stores.db.executeQuery(byEmail.with([email]))).rows.map((row) => row.id);
    expect(await idOf('ada@b.org')).toEqual(['ada']);
    expect(await Promise.all([idOf('bob@b.org'), idOf('ada@b.org'), idOf('x')])).toEqual([
      ['bob'],
      ['ada'],
      [],
    ]);
    const inside = await stores.transaction(async (trx) => {
      await addUser(trx, 'cy');
      return (await trx.db.executeQuery(byEmail.with(['cy@b.org']))).rows;
    });
    expect(inside).toEqual([{ id: 'cy' }]);
  });

  it('refuses values of the wrong count', () => {
    const query = new PrecompiledQuery(
      (slot) => db.stores.db.selectFrom('users').select('id').where('id', '=', slot(0)),
      1,
    );
    expect(() => query.with([])).toThrow(/Expected 1 values/);
  });

  it('refuses a value the query builder did not make a parameter', () => {
    const query = new PrecompiledQuery(() => db.stores.db.selectFrom('users').select('id'), 1);
    expect(() => query.with(['ada'])).toThrow(/Value 0 is not a parameter/);
  });
}
