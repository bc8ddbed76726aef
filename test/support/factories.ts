// Test data built through the real API: accounts, debates, delegations, members, statements.
import { ApiClient } from './http.js';

export interface StatementJson {
  id: string;
  debateId: string;
  title: string;
  status: string;
  delegationIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface DebateJson {
  id: string;
  theme: string;
}

let counter = 0;
const unique = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;
export const TEST_PASSWORD = 'correct horse battery staple';

/** First-run setup: the first administrator, signed in. */
export async function setupAdmin(baseUrl: string, email = 'admin@example.org'): Promise<ApiClient> {
  const admin = new ApiClient(baseUrl);
  await admin.expect(201, 'POST', '/api/auth/setup', {
    email,
    displayName: 'Admin',
    password: TEST_PASSWORD,
  });
  return admin;
}

export async function makeDebate(
  organizer: ApiClient,
  theme = 'Maintenance of international peace and security',
): Promise<DebateJson> {
  const { debate } = await organizer.expect<{ debate: DebateJson }>(201, 'POST', '/api/debates', {
    theme,
    body: 'Security Council',
    presidency: 'Viet Nam',
    meetingDate: '2021-04-19',
    speakingLimitMinutes: 5,
  });
  return debate;
}

export async function makeDelegation(
  organizer: ApiClient,
  debateId: string,
  name = unique('Delegation'),
): Promise<{ id: string; name: string }> {
  const { delegation } = await organizer.expect<{ delegation: { id: string; name: string } }>(
    201,
    'POST',
    `/api/debates/${debateId}/delegations`,
    { name, kind: 'member_state' },
  );
  return delegation;
}

/** Invites a new person and accepts as them; returns their signed-in client and user id. */
export async function makeMember(
  organizer: ApiClient,
  debateId: string,
  role: 'drafter' | 'reviewer' | 'viewer' | 'organizer',
  delegationId?: string,
  name = unique(role),
): Promise<{ client: ApiClient; userId: string; email: string }> {
  const email = `${name.toLowerCase()}@example.org`;
  const { url } = await organizer.expect<{ url: string }>(
    201,
    'POST',
    `/api/debates/${debateId}/invitations`,
    {
      email,
      role,
      ...(delegationId ? { delegationId } : {}),
    },
  );
  const token = url.split('/invite/')[1] ?? '';
  const client = new ApiClient(organizer.baseUrl);
  const { user } = await client.expect<{ user: { id: string } }>(
    200,
    'POST',
    `/api/invitations/by-token/${token}/accept`,
    {
      displayName: name,
      password: TEST_PASSWORD,
    },
  );
  return { client, userId: user.id, email };
}

/**
 * A debate negotiating an outcome document: Viet Nam (whose drafter holds the pen), Estonia and
 * Niger, a drafter of each, and an organizer.
 */
export async function makeNegotiation(admin: ApiClient) {
  const debateId = (await makeDebate(admin)).id;
  const ids = {
    vn: (await makeDelegation(admin, debateId, 'Viet Nam')).id,
    ee: (await makeDelegation(admin, debateId, 'Estonia')).id,
    ne: (await makeDelegation(admin, debateId, 'Niger')).id,
  };
  return {
    debateId,
    ids,
    pen: await makeMember(admin, debateId, 'drafter', ids.vn),
    estonia: await makeMember(admin, debateId, 'drafter', ids.ee),
    niger: await makeMember(admin, debateId, 'drafter', ids.ne),
    organizer: await makeMember(admin, debateId, 'organizer'),
  };
}

export async function makeStatement(
  drafter: ApiClient,
  debateId: string,
  delegationIds: string[],
  title = 'Statement of Viet Nam — open debate 19 April 2021',
): Promise<StatementJson> {
  const { statement } = await drafter.expect<{ statement: StatementJson }>(
    201,
    'POST',
    `/api/debates/${debateId}/statements`,
    {
      title,
      delegationIds,
    },
  );
  return statement;
}

/** A debate with one delegation and a drafter in it, ready to write a statement. */
export async function makeDraftingTeam(baseUrl: string) {
  const admin = await setupAdmin(baseUrl);
  const debate = await makeDebate(admin);
  const delegation = await makeDelegation(admin, debate.id, 'Viet Nam');
  const drafter = await makeMember(admin, debate.id, 'drafter', delegation.id);
  const statement = await makeStatement(drafter.client, debate.id, [delegation.id]);
  return { admin, debate, delegation, drafter, statement };
}
