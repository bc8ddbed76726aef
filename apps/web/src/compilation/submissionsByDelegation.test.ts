import { describe, expect, it } from 'vitest';
import type { Statement, StatementStatus } from '../api/statementsApi';
import type { Delegation } from '../debates/debatesApi';
import { submissionsByDelegation, submissionsLine } from './submissionsByDelegation';

const delegation = (id: string, name: string): Delegation => ({
  id,
  debateId: 'd',
  name,
  kind: 'member_state',
  myRole: null,
  abilities: { changeSettings: false, readMembers: false },
  wordsPerMinute: 120,
  language: 'en',
});

const statement = (
  id: string,
  status: StatementStatus,
  delegationIds: string[],
  updatedAt = '2021-04-19T10:00:00Z',
): Statement => ({
  id,
  debateId: 'd',
  title: id,
  status,
  revision: 1,
  clearedVersionId: null,
  submittedVersionId: null,
  delegationIds,
  language: 'en',
  createdAt: updatedAt,
  updatedAt,
  sentBack: null,
});

const DELEGATIONS = [
  delegation('vn', 'Viet Nam'),
  delegation('ci', 'Côte d’Ivoire'),
  delegation('ee', 'Estonia'),
];

describe('submissionsByDelegation', () => {
  it('lists delegations alphabetically, submitted statements first, and counts joint ones once', () => {
    const summary = submissionsByDelegation(DELEGATIONS, [
      statement('vn-draft', 'draft', ['vn'], '2021-04-20T10:00:00Z'),
      statement('vn-final', 'submitted', ['vn']),
      statement('joint', 'submitted', ['vn', 'ci'], '2021-04-19T11:00:00Z'),
      statement('ee-cleared', 'cleared', ['ee']),
    ]);
    expect(summary.rows.map((row) => row.delegation.name)).toEqual([
      'Côte d’Ivoire',
      'Estonia',
      'Viet Nam',
    ]);
    expect(summary.rows[2]?.statements.map((s) => s.id)).toEqual(['joint', 'vn-final', 'vn-draft']);
    expect(summary.rows.map((row) => row.submitted)).toEqual([1, 0, 2]);
    expect(summary.delegationsSubmitted).toBe(2);
    expect(summary.statementsSubmitted).toBe(2);
    expect(submissionsLine(summary)).toBe('2 of 3 delegations have submitted');
  });

  it('reads well with one, or with none', () => {
    const one = submissionsByDelegation(DELEGATIONS, [statement('s', 'submitted', ['ee'])]);
    expect(submissionsLine(one)).toBe('1 of 3 delegations has submitted');
    const alone = submissionsByDelegation(DELEGATIONS.slice(0, 1), []);
    expect(submissionsLine(alone)).toBe('0 of 1 delegation has submitted');
    expect(submissionsLine(submissionsByDelegation([], []))).toBe(
      'No delegation in this debate yet.',
    );
  });
});
