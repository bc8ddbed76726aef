import type { Role, Stores, UserRecord } from '@plenary/storage';

/** Who is acting, with everything the policies need, loaded once per request or event. */
export interface Actor {
  user: UserRecord;
  sessionId: string;
  /** Role per delegation the user belongs to. */
  roles: ReadonlyMap<string, Role>;
  /** Debates in which the user belongs to at least one delegation. */
  memberOfDebates: ReadonlySet<string>;
  /** The strongest role the user holds in any delegation of each debate. */
  debateRoles: ReadonlyMap<string, Role>;
  organizerOf: ReadonlySet<string>;
  /** Training exercises the user organizes: a trainer reads and comments on every team's drafts. */
  trainerOf: ReadonlySet<string>;
}

export async function loadActor(
  stores: Stores,
  user: UserRecord,
  sessionId: string,
): Promise<Actor> {
  const [memberships, organized, training] = await Promise.all([
    stores.delegations.membershipsOf(user.id),
    stores.debates.organizedBy(user.id),
    stores.debates.trainingOrganizedBy(user.id),
  ]);
  return {
    user,
    sessionId,
    roles: new Map(memberships.map((m) => [m.delegationId, m.role])),
    memberOfDebates: new Set(memberships.map((m) => m.debateId)),
    debateRoles: strongestPerDebate(memberships),
    organizerOf: new Set(organized),
    trainerOf: new Set(training),
  };
}

const RANK: Record<Role, number> = { viewer: 1, reviewer: 2, drafter: 3 };

function strongestPerDebate(memberships: { debateId: string; role: Role }[]): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const { debateId, role } of memberships) {
    const held = roles.get(debateId);
    if (!held || RANK[role] > RANK[held]) roles.set(debateId, role);
  }
  return roles;
}
