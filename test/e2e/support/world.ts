// Test data for browser suites, made through the real API: an administrator, a debate,
// delegations and the people in them, each with an account they can sign in with.
import {
  makeDebate,
  makeDelegation,
  TEST_PASSWORD,
  type DebateJson,
} from '../../support/factories.js';
import { ApiClient } from '../../support/http.js';
import { sampleBytes } from '../../support/samples.js';

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
export function invite(
  organizer: ApiClient,
  debateId: string,
  delegationId: string,
  displayName: string,
  role: Role = 'drafter',
): Promise<Account> {
  return inviteAndAccept(organizer, debateId, displayName, { role, delegationId });
}

/** Makes a person a co-organizer of the debate (presidency or secretariat staff). */
export function inviteOrganizer(
  organizer: ApiClient,
  debateId: string,
  displayName: string,
): Promise<Account> {
  return inviteAndAccept(organizer, debateId, displayName, { role: 'organizer' });
}

async function inviteAndAccept(
  organizer: ApiClient,
  debateId: string,
  displayName: string,
  offer: { role: Role | 'organizer'; delegationId?: string },
): Promise<Account> {
  const email = emailFor(displayName);
  const { url } = await organizer.expect<{ url: string }>(
    201,
    'POST',
    `/api/debates/${debateId}/invitations`,
    { email, ...offer },
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

interface PreviewJson {
  fileName: string;
  format: string;
  text: string;
  note: {
    symbol: string | null;
    theme: string | null;
    objectives: { label: string; text: string }[];
    discussionPoints: { label: string; text: string }[];
  };
}

/** Imports sample 000's objectives and discussion points without the browser. */
export async function importConceptNote(organizer: ApiClient, debateId: string): Promise<void> {
  const { status, body } = await organizer.upload<{ preview: PreviewJson }>(
    `/api/debates/${debateId}/concept-note/preview`,
    sampleBytes('conceptNote'),
    'Concept note.txt',
  );
  if (status !== 200) throw new Error(`concept-note preview answered ${status}`);
  const { fileName, format, text, note } = body.preview;
  await organizer.expect(200, 'POST', `/api/debates/${debateId}/concept-note`, {
    fileName,
    format,
    text,
    symbol: note.symbol,
    fields: { theme: note.theme ?? 'Open debate' },
    objectives: note.objectives,
    discussionPoints: note.discussionPoints,
  });
}
