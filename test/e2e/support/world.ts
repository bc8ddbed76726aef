// Test data for browser suites, made through the real API: an administrator, a debate,
// delegations and the people in them, each with an account they can sign in with.
import {
  makeDebate,
  makeDelegation,
  TEST_PASSWORD,
  type DebateJson,
} from '../../support/factories.js';
import { ApiClient } from '../../support/http.js';

export interface Account {
  displayName: string;
  email: string;
  password: string;
  userId: string;
  /** Signed in as this person, for API calls the test makes on their behalf. */
  client: ApiClient;
}

export type Role = 'drafter' | 'reviewer' | 'viewer';

/** "Nguyen Thi Lan" → "nguyen.thi.lan@mission.example" */
export const emailFor = (displayName: string): string =>
  `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@mission.example`;

/** Invites a person to a delegation and accepts as them, as a browser would. */
export async function invite(
  organizer: ApiClient,
  debateId: string,
  delegationId: string,
  displayName: string,
  role: Role = 'drafter',
): Promise<Account> {
  const email = emailFor(displayName);
  const { url } = await organizer.expect<{ url: string }>(
    201,
    'POST',
    `/api/debates/${debateId}/invitations`,
    {
      email,
      role,
      delegationId,
    },
  );
  const token = new URL(url).pathname.split('/invite/')[1] ?? '';
  const client = new ApiClient(organizer.baseUrl);
  const { user } = await client.expect<{ user: { id: string } }>(
    200,
    'POST',
    `/api/invitations/by-token/${token}/accept`,
    { displayName, password: TEST_PASSWORD },
  );
  return { displayName, email, password: TEST_PASSWORD, userId: user.id, client };
}

export interface Team {
  debate: DebateJson;
  delegationId: string;
  people: Record<string, Account>;
}

/** A delegation in `debate` with the given people (display name → role). */
export async function makeTeam(
  admin: ApiClient,
  debate: DebateJson,
  delegationName: string,
  people: Record<string, Role>,
): Promise<Team> {
  const delegation = await makeDelegation(admin, debate.id, delegationName);
  const accounts: Record<string, Account> = {};
  for (const [name, role] of Object.entries(people)) {
    accounts[name] = await invite(admin, debate.id, delegation.id, name, role);
  }
  return { debate, delegationId: delegation.id, people: accounts };
}

export { makeDebate };
