import type { Role, Stores, UserRecord } from '@plenary/storage';

/** Who is acting, with everything the policies need, loaded once per request or event. */
export interface Actor {
  user: UserRecord;
  sessionId: string;
  /** Role per delegation the user belongs to. */
  roles: ReadonlyMap<string, Role>;
  /** Debates in which the user belongs to at least one delegation. */
  memberOfDebates: ReadonlySet<string>;
  organizerOf: ReadonlySet<string>;
}

export async function loadActor(
  stores: Stores,
  user: UserRecord,
  sessionId: string,
): Promise<Actor> {
  const [memberships, organized] = await Promise.all([
    stores.delegations.membershipsOf(user.id),
    stores.debates.organizedBy(user.id),
  ]);
  return {
    user,
    sessionId,
    roles: new Map(memberships.map((m) => [m.delegationId, m.role])),
    memberOfDebates: new Set(memberships.map((m) => m.debateId)),
    organizerOf: new Set(organized),
  };
}
