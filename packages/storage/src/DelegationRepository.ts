import type { Selectable } from 'kysely';
import type { DelegationKind, DelegationsTable, Role } from './DatabaseSchema.js';
import type { PlenaryDb } from './openSqliteDatabase.js';
import type { DelegationRecord, MemberRecord, MembershipRecord } from './records.js';

const toDelegation = (row: Selectable<DelegationsTable>): DelegationRecord => ({
  id: row.id,
  debateId: row.debate_id,
  name: row.name,
  kind: row.kind,
  createdAt: row.created_at,
  wordsPerMinute: row.words_per_minute,
  language: row.language,
});

/** A delegation's work in its debate (see `DelegationRepository.work`). */
export interface DelegationWork {
  statements: number;
  amendments: number;
  positions: number;
  penholder: boolean;
}

export class DelegationRepository {
  constructor(private readonly db: PlenaryDb) {}

  async create(input: {
    id: string;
    debateId: string;
    name: string;
    kind: DelegationKind;
  }): Promise<DelegationRecord> {
    const createdAt = new Date().toISOString();
    await this.db
      .insertInto('delegations')
      .values({
        id: input.id,
        debate_id: input.debateId,
        name: input.name,
        kind: input.kind,
        created_at: createdAt,
      })
      .execute();
    return { ...input, createdAt, wordsPerMinute: 120, language: 'en' };
  }

  async get(id: string): Promise<DelegationRecord | undefined> {
    const row = await this.db
      .selectFrom('delegations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toDelegation(row);
  }

  async findByName(debateId: string, name: string): Promise<DelegationRecord | undefined> {
    const row = await this.db
      .selectFrom('delegations')
      .select('id')
      .where('debate_id', '=', debateId)
      .where('name', '=', name)
      .executeTakeFirst();
    return row && this.get(row.id);
  }

  async listByDebate(debateId: string): Promise<DelegationRecord[]> {
    const rows = await this.db
      .selectFrom('delegations')
      .selectAll()
      .where('debate_id', '=', debateId)
      .orderBy('name')
      .execute();
    return rows.map(toDelegation);
  }

  async setWordsPerMinute(id: string, wordsPerMinute: number): Promise<void> {
    await this.db
      .updateTable('delegations')
      .set({ words_per_minute: wordsPerMinute })
      .where('id', '=', id)
      .execute();
  }

  /** Sets the usual language and the speaking rate that goes with it, in one write. */
  async setLanguage(id: string, language: string, wordsPerMinute: number): Promise<void> {
    await this.db
      .updateTable('delegations')
      .set({ language, words_per_minute: wordsPerMinute })
      .where('id', '=', id)
      .execute();
  }

  /**
   * What the delegation has done in its debate that others rely on: its statements (in the Trash
   * too), its amendments and positions on the outcome document, and whether it holds the pen.
   */
  async work(id: string): Promise<DelegationWork> {
    const count = async (
      table: 'statement_delegations' | 'outcome_amendments' | 'outcome_positions',
    ): Promise<number> => {
      const row = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('delegation_id', '=', id)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    };
    const pen = await this.db
      .selectFrom('outcome_documents')
      .select('id')
      .where('penholder_delegation_id', '=', id)
      .executeTakeFirst();
    return {
      statements: await count('statement_delegations'),
      amendments: await count('outcome_amendments'),
      positions: await count('outcome_positions'),
      penholder: pen !== undefined,
    };
  }

  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('delegations').where('id', '=', id).execute();
  }

  /**
   * Adds the user to the delegation, or changes their role if already a member. `addedBy`
   * (who granted the role) is shown to the delegation with the member.
   */
  async setMember(
    delegationId: string,
    userId: string,
    role: Role,
    addedBy: string | null = null,
  ): Promise<void> {
    await this.db
      .insertInto('memberships')
      .values({
        delegation_id: delegationId,
        user_id: userId,
        role,
        created_at: new Date().toISOString(),
        added_by: addedBy,
      })
      .onConflict((oc) =>
        oc.columns(['delegation_id', 'user_id']).doUpdateSet({ role, added_by: addedBy }),
      )
      .execute();
  }

  /** Returns false when the user was not a member. */
  async removeMember(delegationId: string, userId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('memberships')
      .where('delegation_id', '=', delegationId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async members(delegationId: string): Promise<MemberRecord[]> {
    const rows = await this.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .innerJoin('delegations', 'delegations.id', 'memberships.delegation_id')
      .leftJoin('users as adder', 'adder.id', 'memberships.added_by')
      .select([
        'memberships.delegation_id as delegationId',
        'delegations.debate_id as debateId',
        'memberships.user_id as userId',
        'memberships.role as role',
        'users.email as email',
        'users.display_name as displayName',
        'adder.id as adderId',
        'adder.display_name as adderName',
      ])
      .where('memberships.delegation_id', '=', delegationId)
      .orderBy('users.display_name')
      .execute();
    return rows.map(({ adderId, adderName, ...member }) => ({
      ...member,
      addedBy: adderId && adderName ? { id: adderId, displayName: adderName } : null,
    }));
  }

  /** Every membership the user holds, with the debate each delegation belongs to. */
  /** The user's memberships, leaving out debates in the Trash (so nothing in them is reachable). */
  async membershipsOf(userId: string): Promise<MembershipRecord[]> {
    return this.db
      .selectFrom('memberships')
      .innerJoin('delegations', 'delegations.id', 'memberships.delegation_id')
      .innerJoin('debates', 'debates.id', 'delegations.debate_id')
      .where('debates.deleted_at', 'is', null)
      .select([
        'memberships.delegation_id as delegationId',
        'delegations.debate_id as debateId',
        'memberships.user_id as userId',
        'memberships.role as role',
      ])
      .where('memberships.user_id', '=', userId)
      .execute();
  }
}
