// The REST API, route by route: what each takes and what it answers. The server validates
// with the request schemas; the web app parses with the response schemas; the integration
// suites check every answer the real server gives against this table, and the authorization
// matrix reads its routes from it.
import * as z from 'zod/mini';
import * as r from './records.js';
import * as a from './responses.js';
import * as q from './requests.js';

/** How a route answers when it succeeds. */
export interface RouteContract {
  /** The success status. */
  status: 200 | 201 | 202 | 204;
  /** The JSON body; null: no body (204) or a file download. */
  response: z.core.$ZodType | null;
  /** Only for routes that need no session. */
  public?: true;
  body?: z.core.$ZodType;
  query?: z.core.$ZodType;
  /** A file download instead of JSON. */
  file?: true;
}

const ok = <S extends z.core.$ZodType>(response: S, extra: Partial<RouteContract> = {}) =>
  ({ status: 200, response, ...extra }) as const;
const created = <S extends z.core.$ZodType>(response: S, extra: Partial<RouteContract> = {}) =>
  ({ status: 201, response, ...extra }) as const;
const noContent = (extra: Partial<RouteContract> = {}) =>
  ({ status: 204, response: null, ...extra }) as const;
const file = (extra: Partial<RouteContract> = {}) =>
  ({ status: 200, response: null, file: true, ...extra }) as const;

const statement = z.object({ statement: a.PresentedStatement });
const statements = z.object({ statements: z.array(a.PresentedStatement) });
const debate = z.object({ debate: r.Debate });
const thread = a.ThreadAnswer;
const version = z.object({ version: r.Version });
const job = a.JobAnswer;
const reference = z.object({ reference: r.Reference });
const userAnswer = z.object({ user: r.User });

export const routes = {
  'GET /api/health': ok(
    z.object({ status: z.literal('ok'), version: z.string(), uptimeSeconds: z.number() }),
    { public: true },
  ),

  // accounts and sessions
  'GET /api/auth/session': ok(a.Session, { public: true }),
  'POST /api/auth/setup': created(userAnswer, { public: true, body: q.SetupBody }),
  'POST /api/auth/sign-in': ok(userAnswer, { public: true, body: q.SignInBody }),
  'POST /api/auth/password': noContent({ body: q.ChangePasswordBody }),
  'POST /api/auth/sign-out': noContent({ public: true }),

  // debates, delegations, members, invitations
  'GET /api/debates': ok(z.object({ debates: z.array(r.Debate) })),
  'POST /api/debates': created(debate, { body: q.CreateDebateBody }),
  'GET /api/debates/:debateId': ok(a.DebateDetail),
  'PATCH /api/debates/:debateId': ok(debate, { body: q.UpdateDebateBody }),
  'DELETE /api/debates/:debateId': noContent(),
  'GET /api/debates/:debateId/audit': ok(z.object({ events: z.array(r.AuditEvent) })),
  'POST /api/debates/:debateId/delegations': created(z.object({ delegation: r.Delegation }), {
    body: q.CreateDelegationBody,
  }),
  'PATCH /api/delegations/:delegationId': ok(z.object({ delegation: r.Delegation }), {
    body: q.DelegationSettingsBody,
  }),
  'DELETE /api/delegations/:delegationId': noContent(),
  'GET /api/delegations/:delegationId/members': ok(z.object({ members: z.array(r.Member) })),
  'PUT /api/delegations/:delegationId/members/:userId': noContent({ body: q.SetMemberBody }),
  'DELETE /api/delegations/:delegationId/members/:userId': noContent(),
  'GET /api/debates/:debateId/invitations': ok(z.object({ invitations: z.array(r.Invitation) })),
  'POST /api/debates/:debateId/invitations': created(a.CreatedInvitation, {
    body: q.CreateInvitationBody,
  }),
  'DELETE /api/invitations/:invitationId': noContent(),
  'GET /api/invitations/by-token/:token': ok(z.object({ invitation: r.InvitationPreview }), {
    public: true,
  }),
  'POST /api/invitations/by-token/:token/accept': ok(a.Acceptance, {
    public: true,
    body: q.AcceptInvitationBody,
  }),

  // statements
  'GET /api/statements': ok(statements),
  'GET /api/debates/:debateId/statements': ok(statements),
  'POST /api/debates/:debateId/statements': created(statement, { body: q.CreateStatementBody }),
  'GET /api/statements/:id': ok(statement),
  'PATCH /api/statements/:id': ok(statement, { body: q.RenameStatementBody }),
  'DELETE /api/statements/:id': noContent(),

  // drafting: readiness, coverage
  'GET /api/statements/:id/checks': ok(z.object({ checks: r.ReadinessChecks })),
  'GET /api/statements/:id/suggestions': ok(z.object({ suggestions: z.array(r.Suggestion) })),
  'POST /api/statements/:id/suggestions/decisions': ok(z.object({ count: z.number() }), {
    body: q.SuggestionDecisionBody,
  }),
  'GET /api/debates/:debateId/coverage': ok(z.object({ statements: z.array(r.StatementCoverage) })),

  // versions and the clearance workflow
  'GET /api/statements/:id/versions': ok(z.object({ versions: z.array(r.Version) })),
  'POST /api/statements/:id/versions': created(version, { body: q.NamedVersionBody }),
  'GET /api/versions/:versionId': ok(version),
  'GET /api/versions/:versionId/redline': ok(z.object({ parts: z.array(r.RedlinePart) }), {
    query: q.RedlineQuery,
  }),
  'POST /api/versions/:versionId/restore': ok(version),
  'POST /api/statements/:id/transitions': ok(statement, { body: q.TransitionBody }),
  'GET /api/statements/:id/history': ok(z.object({ events: z.array(r.HistoryEvent) })),

  // comments and notifications
  'GET /api/statements/:id/threads': ok(z.object({ threads: z.array(r.Thread) })),
  'GET /api/statements/:id/members': ok(z.object({ members: z.array(r.Mentionable) })),
  'POST /api/statements/:id/threads': created(thread, { body: q.CreateThreadBody }),
  'POST /api/threads/:threadId/comments': created(thread, { body: q.CommentInput }),
  'PATCH /api/comments/:commentId': ok(thread, { body: q.CommentInput }),
  'DELETE /api/comments/:commentId': ok(thread),
  'POST /api/threads/:threadId/resolve': ok(thread),
  'POST /api/threads/:threadId/reopen': ok(thread),
  'GET /api/notifications': ok(a.NotificationList),
  'POST /api/notifications/:notificationId/read': noContent(),

  // the outcome document
  'GET /api/debates/:debateId/outcome': ok(a.OutcomeOverview),
  'POST /api/debates/:debateId/outcome': created(z.object({ outcome: a.Outcome }), {
    body: q.CreateOutcomeBody,
  }),
  'PUT /api/debates/:debateId/outcome/penholder': noContent({ body: q.AppointBody }),
  'POST /api/debates/:debateId/outcome/revisions': created(z.object({ revision: a.Revision })),
  'GET /api/debates/:debateId/outcome/revisions/:revisionId': ok(a.RevisionWithRedline),
  'GET /api/debates/:debateId/outcome/export': file({ query: q.OutcomeExportQuery }),
  'PUT /api/debates/:debateId/outcome/paragraphs/:paragraph': noContent({
    body: q.ParagraphStatusBody,
  }),
  'POST /api/debates/:debateId/outcome/amendments': created(z.object({ amendment: a.Amendment }), {
    body: q.ProposeBody,
  }),
  'POST /api/amendments/:amendmentId/positions': ok(z.object({ amendment: a.Amendment }), {
    body: q.PositionBody,
  }),
  'POST /api/amendments/:amendmentId/decision': ok(z.object({ amendment: a.Amendment }), {
    body: q.DecisionBody,
  }),
  'POST /api/debates/:debateId/outcome/silence': ok(z.object({ outcome: a.Outcome }), {
    body: q.SilenceBody,
  }),
  'POST /api/debates/:debateId/outcome/silence/break': ok(z.object({ outcome: a.Outcome }), {
    body: q.BreakSilenceBody,
  }),

  // exports
  'GET /api/statements/:id/export': file({ query: q.ExportQuery }),
  'GET /api/statements/:id/submission-pack': ok(r.SubmissionPack),
  'POST /api/debates/:debateId/compilations': {
    status: 202,
    response: job,
    body: q.CompilationBody,
  },
  'GET /api/exports/:jobId': ok(job),
  'GET /api/exports/:jobId/download': file(),

  // concept notes and the reference library (uploads are raw bytes, not JSON)
  'POST /api/concept-notes/preview': ok(z.object({ preview: r.ConceptNotePreview }), {
    query: q.PreviewQuery,
  }),
  'POST /api/debates/:debateId/concept-note/preview': ok(
    z.object({ preview: r.ConceptNotePreview }),
    { query: q.PreviewQuery },
  ),
  'POST /api/debates/:debateId/concept-note': ok(r.DebatePoints, {
    body: q.ConfirmConceptNoteBody,
  }),
  'GET /api/debates/:debateId/points': ok(r.DebatePoints),
  'GET /api/debates/:debateId/references': ok(z.object({ references: z.array(r.Reference) })),
  'POST /api/debates/:debateId/references': created(reference),
  'GET /api/debates/:debateId/references/search': ok(z.object({ hits: z.array(r.SearchHit) }), {
    query: q.SearchQuery,
  }),
  'GET /api/references/:referenceId': ok(z.object({ reference: r.ReferenceDocument })),
  'PATCH /api/references/:referenceId': ok(reference, { body: q.UpdateReferenceBody }),
  'DELETE /api/references/:referenceId': noContent(),

  // the Trash
  'GET /api/debates/:debateId/trash': ok(a.DebateTrash),
  'GET /api/trash/debates': ok(z.object({ debates: z.array(r.Debate), retentionDays: z.number() })),
  'POST /api/statements/:id/restore': ok(statement),
  'POST /api/debates/:debateId/restore': ok(debate),
  'POST /api/references/:referenceId/restore': ok(reference),
  'POST /api/comments/:commentId/restore': ok(thread),
} satisfies Record<string, RouteContract>;

export type Route = keyof typeof routes;
export const ROUTES = Object.keys(routes) as Route[];
