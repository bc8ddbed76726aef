import type { PlenaryDb } from './openSqliteDatabase.js';

/** Everyone taking part in a debate: its organizers and the members of its delegations. */
export async function debateParticipants(db: PlenaryDb, debateId: string): Promise<string[]> {
  const [members, organizers] = await Promise.all([
    db
      .selectFrom('memberships')
      .innerJoin('delegations', 'delegations.id', 'memberships.delegation_id')
      .select('memberships.user_id')
      .where('delegations.debate_id', '=', debateId)
      .execute(),
    db
      .selectFrom('debate_organizers')
      .select('user_id')
      .where('debate_id', '=', debateId)
      .execute(),
  ]);
  return [...new Set([...members, ...organizers].map((row) => row.user_id))];
}
