import { z } from 'zod';
import { Email } from '../accounts/accountSchemas.js';

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
    presidency: optionalText(200),
    format: optionalText(200),
    speakingLimitMinutes: z.number().int().min(1).max(120).nullable().optional(),
    /** The speaking limit as a rule: over it, a statement cannot go for review or be submitted. */
    speakingLimitStrict: z.boolean().optional(),
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
