// What negotiators send about a debate's outcome document (validated by the server).
import { z } from 'zod';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const delegationId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id (letters, digits, "-" or "_")');

export const OutcomeKind = z.enum([
  'presidential_statement',
  'resolution',
  'chairs_summary',
  'training_outcome',
]);

export const CreateOutcomeBody = z
  .object({
    kind: OutcomeKind,
    /** Omitted or null: the presidency holds the pen. */
    penholderDelegationId: delegationId.nullable().default(null),
    /** The penholder's first text, one string per paragraph. */
    paragraphs: z.array(z.string().max(5000)).max(200).default([]),
  })
  .strict();

export const AppointBody = z.object({ penholderDelegationId: delegationId.nullable() }).strict();

/** An amendment made in the text: the id of its suggestion marks, which name the delegation. */
const ProposeMarkBody = z
  .object({
    delegationId,
    suggestionId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a suggestion id'),
    justification: text(1000),
  })
  .strict();

const ProposeFormBody = z
  .object({
    delegationId,
    /** 1-based; for insert_after, 0 inserts before the first paragraph. */
    paragraph: z.number().int().min(0).max(1000),
    action: z.enum(['replace', 'insert_after', 'delete']),
    proposedText: z.string().trim().max(5000).default(''),
    justification: text(1000),
  })
  .strict()
  .refine((b) => b.action === 'delete' || b.proposedText !== '', {
    message: 'must not be empty unless the amendment deletes the paragraph',
    path: ['proposedText'],
  })
  .refine((b) => b.action === 'insert_after' || b.paragraph >= 1, {
    message: 'must be 1 or more',
    path: ['paragraph'],
  });

export const ProposeBody = z.union([ProposeMarkBody, ProposeFormBody]);

export const PositionBody = z
  .object({
    delegationId,
    stance: z.enum(['support', 'object']),
    comment: z.string().trim().max(1000).default(''),
  })
  .strict();

export const DecisionBody = z
  .object({
    decision: z.enum(['accept', 'reject']),
    /** Accept with edits: the penholder's reformulation instead of the proposed text. */
    text: z.string().trim().min(1).max(5000).optional(),
  })
  .strict();

export const ParagraphStatusBody = z
  .object({
    status: z.enum(['agreed', 'open', 'bracketed']),
    holders: z.array(delegationId).max(200).default([]),
  })
  .strict();

export const SilenceBody = z
  .object({ deadline: z.iso.datetime({ offset: true, message: 'must be a date and time' }) })
  .strict();

export const BreakSilenceBody = z.object({ delegationId, reason: text(1000) }).strict();

export const ParagraphNumber = z.coerce.number().int().min(1).max(1000);

export const OutcomeExportQuery = z
  .object({
    what: z.enum(['revision', 'redline', 'compilation']).default('revision'),
    format: z.enum(['docx', 'pdf']).default('docx'),
    /** A revision id; the latest revision when omitted. */
    revision: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional(),
  })
  .strict();
