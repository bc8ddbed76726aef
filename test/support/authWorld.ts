// A debate with one person in every role, for authorization tests.
import {
  makeDebate,
  makeDelegation,
  makeMember,
  makeStatement,
  setupAdmin,
  type DebateJson,
  type StatementJson,
} from './factories.js';
import { ApiClient } from './http.js';

export const ROLES = [
  'signedOut',
  'outsider',
  'viewer',
  'reviewer',
  'drafter',
  'otherDrafter',
  'organizer',
  'admin',
] as const;
export type RoleName = (typeof ROLES)[number];

export interface AuthWorld {
  clients: Record<RoleName, ApiClient>;
  userIds: Record<Exclude<RoleName, 'signedOut'>, string>;
  debate: DebateJson;
  otherDebate: DebateJson;
  delegationA: { id: string };
  delegationB: { id: string };
  /** Not in the debate: the subject of membership changes. */
  target: { userId: string };
  statement: StatementJson;
}

export async function makeAuthWorld(baseUrl: string): Promise<AuthWorld> {
  const admin = await setupAdmin(baseUrl);
  const debate = await makeDebate(admin);
  const otherDebate = await makeDebate(admin, 'Another debate');
  const delegationA = await makeDelegation(admin, debate.id, 'Viet Nam');
  const delegationB = await makeDelegation(admin, debate.id, 'Kenya');
  const delegationE = await makeDelegation(admin, otherDebate.id, 'Estonia');
  const organizer = await makeMember(admin, debate.id, 'organizer');
  const viewer = await makeMember(admin, debate.id, 'viewer', delegationA.id);
  const reviewer = await makeMember(admin, debate.id, 'reviewer', delegationA.id);
  const drafter = await makeMember(admin, debate.id, 'drafter', delegationA.id);
  const otherDrafter = await makeMember(admin, debate.id, 'drafter', delegationB.id);
  const outsider = await makeMember(admin, otherDebate.id, 'drafter', delegationE.id);
  const target = await makeMember(admin, otherDebate.id, 'viewer', delegationE.id);
  const statement = await makeStatement(drafter.client, debate.id, [delegationA.id]);
  const adminUser = await admin.get<{ user: { id: string } }>('/api/auth/session');
  return {
    clients: {
      signedOut: new ApiClient(baseUrl),
      outsider: outsider.client,
      viewer: viewer.client,
      reviewer: reviewer.client,
      drafter: drafter.client,
      otherDrafter: otherDrafter.client,
      organizer: organizer.client,
      admin,
    },
    userIds: {
      outsider: outsider.userId,
      viewer: viewer.userId,
      reviewer: reviewer.userId,
      drafter: drafter.userId,
      otherDrafter: otherDrafter.userId,
      organizer: organizer.userId,
      admin: adminUser.body.user.id,
    },
    debate,
    otherDebate,
    delegationA,
    delegationB,
    target,
    statement,
  };
}
