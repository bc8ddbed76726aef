// Every audited change commits with its audit record or not at all. A trigger (fault
// injection in the real SQLite file) makes the audit insert of one action fail; the change
// that action records must then be absent too, and the caller gets a 500.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE_NAME } from '@plenary/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDebate,
  makeDelegation,
  makeMember,
  makeStatement,
  setupAdmin,
} from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { sampleBytes } from './support/samples.js';
import { startTestServer, type TestServer } from './support/testServer.js';

interface World {
  admin: ApiClient;
  drafter: ApiClient;
  reviewer: ApiClient;
  debateId: string;
  delegationId: string;
}

interface Case {
  action: string;
  /** Makes the change through the API; returns the response status. */
  run(w: World): Promise<number>;
  /** True when the change is visible (so it must not be after a failed audit). */
  applied(w: World): Promise<boolean>;
}

const statementsOf = async (w: World) =>
  (
    await w.drafter.get<{ statements: { id: string; title: string; status: string }[] }>(
      `/api/debates/${w.debateId}/statements`,
    )
  ).body.statements;

let statementId = '';
let referenceId = '';

const CASES: Case[] = [
  {
    action: 'statement.created',
    run: async (w) =>
      (
        await w.drafter.post(`/api/debates/${w.debateId}/statements`, {
          title: 'Never stored',
          delegationIds: [w.delegationId],
        })
      ).status,
    applied: async (w) => (await statementsOf(w)).some((s) => s.title === 'Never stored'),
  },
  {
    action: 'statement.send_for_review',
    run: async (w) =>
      (
        await w.drafter.post(`/api/statements/${statementId}/transitions`, {
          action: 'send_for_review',
        })
      ).status,
    applied: async (w) =>
      (await statementsOf(w)).find((s) => s.id === statementId)?.status !== 'draft',
  },
  {
    action: 'statement.deleted',
    run: async (w) => (await w.drafter.delete(`/api/statements/${statementId}`)).status,
    applied: async (w) => !(await statementsOf(w)).some((s) => s.id === statementId),
  },
  {
    action: 'reference.added',
    run: async (w) =>
      (
        await w.admin.upload(
          `/api/debates/${w.debateId}/references`,
          sampleBytes('report2020'),
          'r.txt',
        )
      ).status,
    applied: async (w) => (await references(w)).length > 1,
  },
  {
    action: 'reference.removed',
    run: async (w) => (await w.admin.delete(`/api/references/${referenceId}`)).status,
    applied: async (w) => !(await references(w)).some((r) => r.id === referenceId),
  },
  {
    action: 'debate.updated',
    run: async (w) =>
      (await w.admin.patch(`/api/debates/${w.debateId}`, { format: 'Briefing' })).status,
    applied: async (w) =>
      (await w.admin.get<{ debate: { format: string | null } }>(`/api/debates/${w.debateId}`)).body
        .debate.format === 'Briefing',
  },
  {
    action: 'delegation.created',
    run: async (w) =>
      (await w.admin.post(`/api/debates/${w.debateId}/delegations`, { name: 'Estonia' })).status,
    applied: async (w) =>
      (
        await w.admin.get<{ delegations: { name: string }[] }>(`/api/debates/${w.debateId}`)
      ).body.delegations.some((d) => d.name === 'Estonia'),
  },
  {
    action: 'invitation.created',
    run: async (w) =>
      (
        await w.admin.post(`/api/debates/${w.debateId}/invitations`, {
          email: 'never@example.org',
          role: 'viewer',
          delegationId: w.delegationId,
        })
      ).status,
    applied: async (w) =>
      (
        await w.admin.get<{ invitations: { email: string }[] }>(
          `/api/debates/${w.debateId}/invitations`,
        )
      ).body.invitations.some((i) => i.email === 'never@example.org'),
  },
  // Last: it takes the whole debate to the Trash.
  {
    action: 'debate.deleted',
    run: async (w) => (await w.admin.delete(`/api/debates/${w.debateId}`)).status,
    applied: async (w) => (await w.drafter.get(`/api/debates/${w.debateId}`)).status === 404,
  },
];

const references = async (w: World) =>
  (await w.admin.get<{ references: { id: string }[] }>(`/api/debates/${w.debateId}/references`))
    .body.references;

describe('audit records are written in the same transaction as the change', () => {
  let server: TestServer;
  let world: World;
  let sqlite: Database.Database;

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await setupAdmin(server.url);
    const debateId = (await makeDebate(admin)).id;
    const delegationId = (await makeDelegation(admin, debateId, 'Viet Nam')).id;
    world = {
      admin,
      debateId,
      delegationId,
      drafter: (await makeMember(admin, debateId, 'drafter', delegationId)).client,
      reviewer: (await makeMember(admin, debateId, 'reviewer', delegationId)).client,
    };
    statementId = (await makeStatement(world.drafter, debateId, [delegationId])).id;
    const uploaded = await admin.upload<{ reference: { id: string } }>(
      `/api/debates/${debateId}/references`,
      sampleBytes('report2011'),
      'report.txt',
    );
    referenceId = uploaded.body.reference.id;
    sqlite = new Database(join(server.dataDir, SQLITE_FILE_NAME));
    sqlite.exec(`CREATE TABLE failing_audit_actions (action text PRIMARY KEY);
      CREATE TRIGGER fail_audit BEFORE INSERT ON audit_events
      WHEN NEW.action IN (SELECT action FROM failing_audit_actions)
      BEGIN SELECT RAISE(ABORT, 'injected audit failure'); END;`);
  });
  afterAll(async () => {
    sqlite.close();
    await server.stop({ removeData: true });
  });

  it.each(CASES.map((c) => [c.action, c] as const))(
    '%s: a failed audit insert leaves no change',
    async (action, c) => {
      sqlite.prepare('INSERT INTO failing_audit_actions (action) VALUES (?)').run(action);
      try {
        expect(await c.run(world)).toBe(500);
        expect(await c.applied(world)).toBe(false);
      } finally {
        sqlite.prepare('DELETE FROM failing_audit_actions').run();
      }
      // Without the fault the same change goes through (so the check above can fail).
      expect(await c.run(world)).toBeLessThan(300);
      expect(await c.applied(world)).toBe(true);
    },
  );
});
