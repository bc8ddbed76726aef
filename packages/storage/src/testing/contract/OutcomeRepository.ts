// Outcome documents on every adapter: the shared text is no one's statement, and a revision
// whose silence passed is adopted exactly once, whoever claims it and whenever.
import { expect, it } from 'vitest';
import { addDebate, addUser, type TestStores } from '../describeStores.js';

export function outcomeContract(db: TestStores): void {
  it('adopts a revision whose silence passed exactly once, across concurrent claims and a reopen', async () => {
    let { stores } = db;
    await addUser(stores, 'u1');
    await addDebate(stores, 'd1', 'u1', { trainingExercise: true });
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
    // What a delegation did that others rely on (its removal is refused while there is any).
    await stores.delegations.create({
      id: 'g2',
      debateId: 'd1',
      name: 'Team 2',
      kind: 'training_team',
    });
    await stores.statements.create({
      id: 's2',
      debateId: 'd1',
      title: 'Team 2',
      delegationIds: ['g2'],
      createdBy: 'u1',
    });
    await stores.amendments.create({
      id: 'a1',
      outcome_id: 'o1',
      delegation_id: 'g2',
      paragraph: 1,
      action: 'replace',
      original_text: 'We share a vision.',
      proposed_text: 'We share a common vision.',
      justification: '',
      created_by: 'u1',
      suggestion_id: null,
    });
    await stores.amendments.setPosition({
      amendmentId: 'a1',
      delegationId: 'g1',
      stance: 'support',
      comment: '',
      userId: 'u1',
    });
    expect(await stores.delegations.work('g1')).toEqual({
      statements: 0,
      amendments: 0,
      positions: 1,
      penholder: true,
    });
    expect(await stores.delegations.work('g2')).toEqual({
      statements: 1,
      amendments: 1,
      positions: 0,
      penholder: false,
    });
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
    expect(await stores.outcomes.startSilence('o1', 'r1', '2030-01-02T12:00:00.000Z')).toBe(false);
    stores = await db.reopen();
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
}
