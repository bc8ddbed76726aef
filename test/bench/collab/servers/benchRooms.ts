// The rooms a run uses and the credentials its clients need. Plenary's rooms are real
// statements made through its API by a drafter; the other servers take any room name.
import {
  makeDebate,
  makeDelegation,
  makeMember,
  makeStatement,
  setupAdmin,
} from '../../../support/factories.js';
import type { ServerKind } from '../benchOptions.js';

export interface BenchRooms {
  names: string[];
  /** Session cookie every Plenary client sends (one drafter's, shared by all editors). */
  cookie?: string;
}

export async function prepareRooms(
  kind: ServerKind,
  url: string,
  count: number,
): Promise<BenchRooms> {
  if (kind !== 'plenary') {
    const run = Math.random().toString(36).slice(2, 8);
    return { names: Array.from({ length: count }, (_, i) => `bench-${run}-${i}`) };
  }
  const admin = await setupAdmin(url);
  const debate = await makeDebate(admin);
  const delegation = await makeDelegation(admin, debate.id, 'Viet Nam');
  const drafter = await makeMember(admin, debate.id, 'drafter', delegation.id);
  const names: string[] = new Array<string>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < count; i = next++) {
      const statement = await makeStatement(
        drafter.client,
        debate.id,
        [delegation.id],
        `Bench statement ${i}`,
      );
      names[i] = statement.id;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  // Plenary loads its editor schema on first use (a template, a version, a coverage summary):
  // a statement made from the template loads it now, before any memory baseline is taken, so
  // that no statement's memory counts that one-time load.
  await drafter.client.expect(201, 'POST', `/api/debates/${debate.id}/statements`, {
    title: 'Bench statement from the template',
    delegationIds: [delegation.id],
    template: {},
  });
  return { names, cookie: drafter.client.cookie };
}
