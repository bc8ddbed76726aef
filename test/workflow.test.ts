import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import {
  makeDebate,
  makeDelegation,
  makeMember,
  makeStatement,
  setupAdmin,
} from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

type Role = 'viewer' | 'reviewer' | 'drafter' | 'otherDrafter' | 'organizer';
type Action = 'send_for_review' | 'clear' | 'send_back' | 'submit' | 'reopen';
interface Abilities {
  edit: boolean;
  comment: boolean;
  rename: boolean;
  transitions: Action[];
}
interface Statement {
  id: string;
  status: string;
  revision: number;
  clearedVersionId: string | null;
  submittedVersionId: string | null;
}

describe('versions and the clearance workflow', () => {
  let server: TestServer;
  let debateId: string;
  let delegationId: string;
  let people: Record<Role, ApiClient>;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await setupAdmin(server.url);
    debateId = (await makeDebate(admin)).id;
    delegationId = (await makeDelegation(admin, debateId, 'Viet Nam')).id;
    const other = await makeDelegation(admin, debateId, 'Kenya');
    people = {
      viewer: (await makeMember(admin, debateId, 'viewer', delegationId)).client,
      reviewer: (await makeMember(admin, debateId, 'reviewer', delegationId)).client,
      drafter: (await makeMember(admin, debateId, 'drafter', delegationId)).client,
      otherDrafter: (await makeMember(admin, debateId, 'drafter', other.id)).client,
      organizer: (await makeMember(admin, debateId, 'organizer')).client,
    };
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop({ removeData: true });
  });

  const transition = (who: ApiClient, id: string, action: Action, comment?: string) =>
    who.post<{ statement: Statement; error?: { code: string } }>(
      `/api/statements/${id}/transitions`,
      { action, comment },
    );
  const editor = async (id: string, who: ApiClient = people.drafter) => {
    const client = connectClient(server.url, id, { cookie: who.cookie });
    clients.push(client);
    await waitSynced(client);
    return client;
  };
  const stored = async (id: string) => {
    const check = connectClient(server.url, id, { cookie: people.drafter.cookie });
    try {
      await waitSynced(check);
      return check.text();
    } finally {
      check.destroy();
    }
  };
  /** A statement of the delegation, brought to `status` by the right people. */
  async function statementIn(
    status: 'draft' | 'in_review' | 'cleared' | 'submitted',
  ): Promise<string> {
    const { id } = await makeStatement(people.drafter, debateId, [delegationId]);
    const path: Action[] = {
      draft: [],
      in_review: ['send_for_review'],
      cleared: ['send_for_review', 'clear'],
      submitted: ['send_for_review', 'clear', 'submit'],
    }[status] as Action[];
    for (const action of path) {
      const who = action === 'clear' ? people.reviewer : people.drafter;
      expect((await transition(who, id, action)).status).toBe(200);
    }
    return id;
  }

  const table: [Action, 'draft' | 'in_review' | 'cleared' | 'submitted', Role[]][] = [
    ['send_for_review', 'draft', ['drafter']],
    ['clear', 'in_review', ['reviewer']],
    ['send_back', 'in_review', ['reviewer']],
    ['submit', 'cleared', ['drafter']],
    ['reopen', 'submitted', ['drafter']],
  ];
  const cases = table.flatMap(([action, from, allowed]) =>
    (['viewer', 'reviewer', 'drafter', 'otherDrafter', 'organizer'] as Role[]).map(
      (role) => [action, from, role, allowed.includes(role)] as const,
    ),
  );
  it.each(cases)('%s from %s as %s → allowed: %s', async (action, from, role, allowed) => {
    const id = await statementIn(from);
    const response = await transition(
      people[role],
      id,
      action,
      action === 'send_back' ? 'Tighten paragraph 3.' : undefined,
    );
    if (allowed) expect(response.status).toBe(200);
    else expect([403, 404]).toContain(response.status);
  });

  it('says in every answer what each person may do with the statement, from the same policy', async () => {
    const id = await statementIn('draft');
    const abilities = async (who: Role) =>
      (
        await people[who].expect<{ statement: { abilities: Abilities } }>(
          200,
          'GET',
          `/api/statements/${id}`,
        )
      ).statement.abilities;
    expect(await abilities('drafter')).toMatchObject({
      edit: true,
      rename: true,
      transitions: ['send_for_review'],
    });
    expect(await abilities('reviewer')).toMatchObject({
      edit: false,
      comment: true,
      transitions: [],
    });
    expect(await abilities('viewer')).toMatchObject({
      edit: false,
      comment: false,
      transitions: [],
    });
    expect(await abilities('organizer')).toMatchObject({
      edit: false,
      comment: false,
      transitions: [],
    });
    // The answer to a transition carries the abilities after it: the drafter's turn is over.
    const sent = await people.drafter.expect<{ statement: { abilities: Abilities } }>(
      200,
      'POST',
      `/api/statements/${id}/transitions`,
      { action: 'send_for_review' },
    );
    expect(sent.statement.abilities).toMatchObject({ edit: true, transitions: [] });
    expect(await abilities('reviewer')).toMatchObject({ transitions: ['send_back', 'clear'] });
    await transition(people.reviewer, id, 'clear');
    expect(await abilities('drafter')).toMatchObject({ transitions: ['submit'] });
    await transition(people.drafter, id, 'submit');
    expect(await abilities('drafter')).toMatchObject({ edit: false, transitions: ['reopen'] });
  });

  it('says on the debate page who may change the speaking rate of each delegation, as the server enforces', async () => {
    interface Detail {
      delegations: {
        id: string;
        wordsPerMinute: number;
        abilities: { changeSettings: boolean; readMembers: boolean };
      }[];
    }
    const expected: Record<Role, boolean> = {
      drafter: true,
      organizer: true,
      reviewer: false,
      viewer: false,
      otherDrafter: false,
    };
    for (const [role, allowed] of Object.entries(expected) as [Role, boolean][]) {
      const detail = await people[role].expect<Detail>(200, 'GET', `/api/debates/${debateId}`);
      const own = detail.delegations.find((delegation) => delegation.id === delegationId);
      expect(own?.abilities.changeSettings, role).toBe(allowed);
      const members = await people[role].get(`/api/delegations/${delegationId}/members`);
      expect(own?.abilities.readMembers, role).toBe(members.status === 200);
      expect(own?.abilities.readMembers, role).toBe(role !== 'otherDrafter');
      const response = await people[role].patch(`/api/delegations/${delegationId}`, {
        wordsPerMinute: own?.wordsPerMinute,
      });
      expect(response.status, role).toBe(allowed ? 200 : 403);
    }
    const drafterOwn = await statementIn('draft');
    const comment = await people.drafter.expect<{ statement: { abilities: Abilities } }>(
      200,
      'GET',
      `/api/statements/${drafterOwn}`,
    );
    expect(comment.statement.abilities.comment).toBe(true);
  });

  it('refuses transitions that do not fit the status, and a send-back without a comment', async () => {
    const id = await statementIn('draft');
    const early = await transition(people.drafter, id, 'submit');
    expect(early.status).toBe(409);
    expect(early.body.error?.code).toBe('statement.invalid_transition');
    await transition(people.drafter, id, 'send_for_review');
    expect((await transition(people.reviewer, id, 'send_back')).status).toBe(400);
  });

  it('an edit from a connection opened after clearance returns the statement to draft', async () => {
    // The open's access check reads the statement as cleared; the first edit acts on that.
    const id = await statementIn('draft');
    const first = await editor(id);
    first.appendParagraph('Viet Nam welcomes this debate.');
    await waitFor(async () => (await stored(id)).includes('welcomes'));
    await transition(people.drafter, id, 'send_for_review');
    expect((await transition(people.reviewer, id, 'clear')).body.statement.status).toBe('cleared');
    const later = await editor(id);
    later.appendParagraph('Added by a later connection.');
    await waitFor(
      async () =>
        (await people.drafter.get<{ statement: Statement }>(`/api/statements/${id}`)).body.statement
          .status === 'draft',
      { what: 'status back to draft' },
    );
  });

  it('an edit after clearance returns the statement to draft with a redline against the cleared version', async () => {
    const id = await statementIn('draft');
    const writer = await editor(id);
    writer.appendParagraph('Viet Nam welcomes this debate.');
    await waitFor(async () => (await stored(id)).includes('welcomes'));
    await transition(people.drafter, id, 'send_for_review');
    const cleared = (await transition(people.reviewer, id, 'clear')).body.statement;
    expect(cleared.status).toBe('cleared');
    writer.appendParagraph('Added after clearance.');
    await waitFor(
      async () =>
        (await people.drafter.get<{ statement: Statement }>(`/api/statements/${id}`)).body.statement
          .status === 'draft',
      {
        what: 'status back to draft',
      },
    );
    const redline = await people.reviewer.get<{ parts: { kind: string; text: string }[] }>(
      `/api/versions/${cleared.clearedVersionId}/redline?against=current`,
    );
    expect(
      redline.body.parts
        .filter((p) => p.kind === 'insert')
        .map((p) => p.text)
        .join(''),
    ).toContain('Added after clearance.');
    const history = await people.viewer.get<{ events: { action: string }[] }>(
      `/api/statements/${id}/history`,
    );
    expect(history.body.events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'statement.send_for_review',
        'statement.clear',
        'statement.edited_after_clearance',
      ]),
    );
  });

  it('submitting freezes the revision: later collab edits are refused and not stored; reopening starts revision 2', async () => {
    const id = await statementIn('draft');
    const writer = await editor(id);
    writer.appendParagraph('Final text.');
    await waitFor(async () => (await stored(id)) === 'Final text.');
    await transition(people.drafter, id, 'send_for_review');
    await transition(people.reviewer, id, 'clear');
    const closed = new Promise<number>((resolve) =>
      writer.provider.once('connection-close', (event: CloseEvent | null) =>
        resolve(event?.code ?? 0),
      ),
    );
    const submitResponse = await transition(people.drafter, id, 'submit');
    expect(submitResponse.status, JSON.stringify(submitResponse.body)).toBe(200);
    const submitted = submitResponse.body.statement;
    expect(submitted).toMatchObject({ status: 'submitted', revision: 1 });
    expect(await closed).toBe(4501);
    await waitSynced(writer);
    writer.appendParagraph('Too late.');
    writer.provider.awareness.setLocalStateField('probe', 1);
    const observer = await editor(id, people.reviewer);
    await waitFor(
      () => observer.provider.awareness.getStates().get(writer.doc.clientID)?.probe === 1,
    );
    expect(await stored(id)).toBe('Final text.');
    const version = await people.drafter.get<{ version: { text: string } }>(
      `/api/versions/${submitted.submittedVersionId}`,
    );
    expect(version.body.version.text).toBe('Final text.');

    const reopened = (await transition(people.drafter, id, 'reopen')).body.statement;
    expect(reopened).toMatchObject({ status: 'draft', revision: 2 });
    const second = await editor(id);
    second.appendParagraph('Revision 2.');
    await waitFor(async () => (await stored(id)).includes('Revision 2.'));
  });

  it('a concurrent edit during submission is either in the submitted revision or refused, never lost silently', async () => {
    const id = await statementIn('draft');
    const writer = await editor(id);
    writer.appendParagraph('Cleared text.');
    await waitFor(async () => (await stored(id)) === 'Cleared text.');
    await transition(people.drafter, id, 'send_for_review');
    await transition(people.reviewer, id, 'clear');

    const submitting = transition(people.drafter, id, 'submit');
    for (let i = 0; i < 50; i += 1) writer.appendParagraph(`late line ${i}`);
    const response = await submitting;
    const { body } = await people.drafter.get<{ statement: Statement }>(`/api/statements/${id}`);
    if (response.status === 200) {
      // Everything stored is exactly the submitted revision; later lines were refused.
      const version = await people.drafter.get<{ version: { text: string } }>(
        `/api/versions/${body.statement.submittedVersionId}`,
      );
      expect(await stored(id)).toBe(version.body.version.text);
    } else {
      // The edits came first: the clearance no longer held, so the submission was refused.
      expect(response.status).toBe(409);
      expect(body.statement.status).toBe('draft');
      await waitFor(async () => (await stored(id)).includes('late line 49'), {
        what: 'every edit to be kept',
      });
    }
  });

  it('restores an old version as a new change and keeps the history', async () => {
    const id = await statementIn('draft');
    const writer = await editor(id);
    writer.appendParagraph('Original opening.');
    await waitFor(async () => (await stored(id)) === 'Original opening.');
    const { version } = await people.reviewer.expect<{ version: { id: string } }>(
      201,
      'POST',
      `/api/statements/${id}/versions`,
      {
        name: 'Sent to capital 14 April',
      },
    );
    writer.appendParagraph('A later addition.');
    await waitFor(async () => (await stored(id)).includes('later addition'));
    expect((await people.reviewer.post(`/api/versions/${version.id}/restore`)).status).toBe(403);
    expect((await people.drafter.post(`/api/versions/${version.id}/restore`)).status).toBe(200);
    await waitFor(() => writer.text() === 'Original opening.', {
      what: 'restore to reach the open editor',
    });
    expect(await stored(id)).toBe('Original opening.');
    const versions = await people.drafter.get<{ versions: { name: string; text: string }[] }>(
      `/api/statements/${id}/versions`,
    );
    expect(versions.body.versions.map((v) => v.name)).toEqual(
      expect.arrayContaining([
        'Sent to capital 14 April',
        'Before restoring “Sent to capital 14 April”',
      ]),
    );
    expect(
      versions.body.versions.find((v) => v.name.startsWith('Before restoring'))?.text,
    ).toContain('later addition');
  });
});
