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
import { anchorFromRange, type EncodedAnchor } from '@plenary/statement-model';
import { connectClient, waitSynced } from './collabClient.js';
import { ApiClient } from './http.js';
import { waitFor } from './waitFor.js';

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
  /** A range of the statement's text, a thread on it by the drafter, and a mention of the reviewer. */
  anchor: EncodedAnchor;
  thread: { id: string; commentId: string };
  reviewerNotificationId: number;
  versionId: string;
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
  const writer = connectClient(baseUrl, statement.id, { cookie: drafter.client.cookie });
  await waitSynced(writer);
  writer.appendParagraph('Mr. President, Viet Nam welcomes this open debate.');
  const anchor = anchorFromRange(writer.doc, 1, 15);
  writer.appendParagraph('We thank the briefers.');
  await waitFor(async () => {
    const check = connectClient(baseUrl, statement.id, { cookie: drafter.client.cookie });
    try {
      await waitSynced(check);
      return check.text().includes('briefers');
    } finally {
      check.destroy();
    }
  });
  writer.destroy();
  const { thread } = await drafter.client.expect<{
    thread: { id: string; comments: { id: string }[] };
  }>(201, 'POST', `/api/statements/${statement.id}/threads`, {
    anchor,
    body: 'Should we open with the theme?',
    mentions: [reviewer.userId],
  });
  const notifications = await reviewer.client.get<{ notifications: { id: number }[] }>(
    '/api/notifications',
  );
  const { version } = await drafter.client.expect<{ version: { id: string } }>(
    201,
    'POST',
    `/api/statements/${statement.id}/versions`,
    { name: 'Sent to capital' },
  );
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
    anchor,
    thread: { id: thread.id, commentId: thread.comments[0]!.id },
    reviewerNotificationId: notifications.body.notifications[0]!.id,
    versionId: version.id,
  };
}
