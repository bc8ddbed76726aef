// What clients send: every REST request body and query, and the socket.io payloads, as the
// server validates them (full zod: trimming, defaults, refinements). The web app imports only
// the types (`RequestBody<…>`), so none of this reaches the browser's bundle.
import { STATEMENT_LANGUAGES } from '@plenary/statement-model/languages';
import { z } from 'zod';
import { DOCUMENT_FORMATS } from './fields.js';

// ---- account

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an email address'));

export const DisplayName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters');

/** Bounds only; the strength rule (`passwordProblem`) answers with its own named codes. */
export const Password = z
  .string()
  .min(1, 'is required')
  .max(1_000, 'must be at most 200 characters');

export const SetupBody = z
  .object({ email: Email, displayName: DisplayName, password: Password })
  .strict();
export const SignInBody = z
  .object({ email: Email, password: z.string().min(1, 'is required').max(200) })
  .strict();

export const ChangePasswordBody = z
  .object({ currentPassword: z.string().min(1, 'is required').max(1_000), newPassword: Password })
  .strict();

// ---- debate

const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullable().optional();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a real date');

export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id (letters, digits, "-" or "_")');

export const DebateFieldsBody = z
  .object({
    theme: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
    body: optionalText(200),
    meetingDate: isoDate.nullable().optional(),
    meetingTime: optionalText(50),
    /** The Security Council presidency; only for a meeting held under it. */
    presidency: optionalText(200),
    /** Who convenes a meeting the presidency does not (co-organizers, an office, a body). */
    convener: optionalText(300),
    format: optionalText(200),
    speakingLimitMinutes: z.number().int().min(1).max(120).nullable().optional(),
    /** The speaking limit as a rule: over it, a statement cannot go for review or be submitted. */
    speakingLimitStrict: z.boolean().optional(),
    /** A training exercise: trainers (organizers) read and comment on every team's drafts. */
    trainingExercise: z.boolean().optional(),
    /** How the presidency's representative is addressed; new statements' salutation. */
    presidentSalutation: z.enum(['Mr. President,', 'Madam President,']).nullable().optional(),
    submissionEmail: Email.nullable().optional(),
    submissionDeadline: isoDate.nullable().optional(),
    expectedOutcome: optionalText(500),
  })
  .strict();

export const CreateDebateBody = DebateFieldsBody;
export const UpdateDebateBody = DebateFieldsBody.partial().strict();

export const DelegationKind = z.enum([
  'member_state',
  'observer',
  'regional_organization',
  'training_team',
]);
export const CreateDelegationBody = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    kind: DelegationKind.default('member_state'),
  })
  .strict();

export const Role = z.enum(['drafter', 'reviewer', 'viewer']);
export const SetMemberBody = z.object({ role: Role }).strict();

export const CreateInvitationBody = z
  .object({
    email: Email,
    role: z.enum(['drafter', 'reviewer', 'viewer', 'organizer']),
    delegationId: Id.optional(),
    expiresInDays: z.number().int().min(1).max(60).default(14),
  })
  .strict()
  .refine((body) => body.role === 'organizer' || body.delegationId !== undefined, {
    message: 'is required for a delegation role',
    path: ['delegationId'],
  });

export const AcceptInvitationBody = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    password: z.string().min(1).max(200).optional(),
  })
  .strict();

// ---- comment

const Base64 = z.string().regex(/^[A-Za-z0-9+/=_-]{1,512}$/, 'must be an encoded position');

export const CommentBody = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(10_000, 'must be at most 10000 characters; split a long comment into several');

const Mentions = z
  .array(z.string().min(1).max(64))
  .max(20, 'can name at most 20 people')
  .default([]);

export const CreateThreadBody = z
  .object({
    anchor: z.object({ start: Base64, end: Base64 }).strict(),
    body: CommentBody,
    mentions: Mentions,
  })
  .strict();
export const CommentInput = z.object({ body: CommentBody, mentions: Mentions }).strict();

// ---- statement

export const StatementId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a statement id (letters, digits, "-" or "_")');

export const StatementTitle = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

/** One of the six official languages of the United Nations, as an ISO 639-1 code. */
export const StatementLanguage = z.enum(STATEMENT_LANGUAGES, {
  error:
    'must be one of ar, zh, en, fr, ru, es (Arabic, Chinese, English, French, Russian, Spanish)',
});

export const CreateStatementBody = z
  .object({
    title: StatementTitle,
    delegationIds: z.array(StatementId).min(1, 'must name at least one delegation').max(50),
    /** The statement's language; absent: the first delegation's usual language. */
    language: StatementLanguage.optional(),
    /** Start from the UN-style template prefilled from the debate (absent: a blank statement). */
    template: z
      .object({
        /** Absent: the debate's president's salutation when known, else "Mr. President,". */
        salutation: z.enum(['Mr. President,', 'Madam President,']).optional(),
        speaker: z.string().trim().max(200, 'must be at most 200 characters').nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export const RenameStatementBody = z.object({ title: StatementTitle }).strict();

// ---- library

const LabelledText = z
  .object({
    label: z.string().trim().min(1, 'must not be empty').max(20, 'must be at most 20 characters'),
    text: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(5_000, 'must be at most 5000 characters'),
  })
  .strict();

export const ConfirmConceptNoteBody = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    format: z.enum(DOCUMENT_FORMATS),
    text: z.string().max(2_000_000),
    symbol: z.string().trim().max(100).nullable(),
    fields: DebateFieldsBody,
    objectives: z.array(LabelledText).max(50),
    discussionPoints: z.array(LabelledText).max(50),
  })
  .strict()
  .refine(
    (body) =>
      new Set(body.discussionPoints.map((p) => p.label)).size === body.discussionPoints.length,
    {
      message: 'labels must be unique',
      path: ['discussionPoints'],
    },
  )
  .refine((body) => new Set(body.objectives.map((p) => p.label)).size === body.objectives.length, {
    message: 'labels must be unique',
    path: ['objectives'],
  });

/** A concept-note preview; `as=concept-note` reads a refused file as a note anyway. */
export const PreviewQuery = z
  .object({ as: z.literal('concept-note', { error: 'must be concept-note' }).optional() })
  .strict();

export const SearchQuery = z
  .object({ q: z.string().max(500, 'must be at most 500 characters') })
  .strict();

export const UpdateReferenceBody = z
  .object({
    symbol: z.string().trim().max(100, 'must be at most 100 characters').nullable().optional(),
    title: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(500, 'must be at most 500 characters')
      .optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
      .nullable()
      .optional(),
  })
  .strict();

// ---- drafting settings, exports, versions, workflow, notifications, invitation links

// Characters of Chinese go faster than words of other languages (180 vs 120 a minute by
// default), hence the wider upper bound; the lower bound is the same slow delivery.
export const DelegationSettingsBody = z
  .object({
    wordsPerMinute: z
      .number()
      .int()
      .min(60, 'must be at least 60')
      .max(400, 'must be at most 400')
      .optional(),
    /** The usual language; changing it without a rate resets the rate to its default. */
    language: StatementLanguage.optional(),
  })
  .strict()
  .refine((body) => body.wordsPerMinute !== undefined || body.language !== undefined, {
    message: 'give wordsPerMinute, language or both',
  });

export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'txt', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The full text as circulated in writing, or what the speaker reads out (no written-only). */
export const EXPORT_VERSIONS = ['written', 'delivered'] as const;
export type ExportVersion = (typeof EXPORT_VERSIONS)[number];
export const ExportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
    version: z.enum(EXPORT_VERSIONS, { message: 'must be written or delivered' }).optional(),
    /** `tracked`: suggestions as Word tracked changes (DOCX) or a coloured redline (PDF). */
    suggestions: z.enum(['clean', 'tracked']).default('clean'),
  })
  .strict();

const SuggestionKey = z.string().min(1).max(64);

/** Accept or reject suggestions: these ids, or all of them (of one author when given). */
export const SuggestionDecisionBody = z
  .object({
    decision: z.enum(['accept', 'reject']),
    ids: z.array(SuggestionKey).min(1).max(1_000).optional(),
    authorId: SuggestionKey.optional(),
  })
  .strict();

export const CompilationBody = z
  .object({
    format: z.enum(['docx', 'pdf']),
    coveringLetter: z
      .object({
        from: z.string().trim().min(1).max(300),
        to: z.string().trim().min(1).max(300),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
        text: z.string().trim().max(20_000).nullable().optional(),
      })
      .strict(),
  })
  .strict();

export const NamedVersionBody = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  })
  .strict();
export const TransitionBody = z
  .object({
    action: z.enum(['send_for_review', 'clear', 'send_back', 'submit', 'reopen']),
    comment: z.string().trim().min(1).max(2_000, 'must be at most 2000 characters').optional(),
  })
  .strict();
export const RedlineQuery = z
  .object({ against: z.union([z.literal('current'), Id]).default('current') })
  .strict();

export const NotificationId = z.coerce.number().int().positive();
export const InvitationToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,128}$/, 'must be an invitation token');

// ---- socket.io: what a client may send

export const StatementRoomPayload = z.object({ statementId: StatementId }).strict();
export const DebateRoomPayload = z.object({ debateId: Id }).strict();

/** Every event a client may send; the authorization matrix test covers each. */
export const CLIENT_EVENTS = {
  'statement:join': StatementRoomPayload,
  'statement:leave': StatementRoomPayload,
  'debate:join': DebateRoomPayload,
  'debate:leave': DebateRoomPayload,
} as const;
export type ClientEvent = keyof typeof CLIENT_EVENTS;

/** What a request body may be, as the client writes it (before defaults and trimming). */
export type RequestBody<S extends z.ZodType> = z.input<S>;
/** What the server holds once it has validated a request. */
export type ValidRequest<S extends z.ZodType> = z.output<S>;

export {
  AppointBody,
  BreakSilenceBody,
  CreateOutcomeBody,
  DecisionBody,
  OutcomeExportQuery,
  OutcomeKind,
  ParagraphNumber,
  ParagraphStatusBody,
  PositionBody,
  ProposeBody,
  SilenceBody,
} from './outcomeRequests.js';
