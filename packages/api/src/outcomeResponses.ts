// What the server answers about a debate's outcome document (zod/mini, parsed in the browser).
import * as z from 'zod/mini';
import { maybe, text } from './fields.js';

export const Outcome = z.object({
  id: text,
  debateId: text,
  statementId: text,
  kind: z.enum(['presidential_statement', 'resolution', 'chairs_summary', 'training_outcome']),
  penholderDelegationId: maybe(text),
  status: z.enum(['drafting', 'silence', 'adopted']),
  silenceRevisionId: maybe(text),
  silenceDeadline: maybe(text),
});

export const Revision = z.object({
  id: text,
  number: z.number(),
  name: text,
  versionId: text,
  status: z.enum(['circulated', 'silence', 'silence_broken', 'adopted']),
  circulatedAt: text,
  silenceBrokenBy: maybe(text),
  silenceBrokenReason: maybe(text),
  adoptedAt: maybe(text),
});

export const Amendment = z.object({
  id: text,
  delegationId: text,
  delegationName: text,
  paragraph: z.number(),
  action: z.enum(['replace', 'insert_after', 'delete']),
  originalText: text,
  proposedText: text,
  justification: text,
  status: z.enum(['proposed', 'accepted', 'rejected']),
  decidedText: maybe(text),
  suggestionId: maybe(text),
  positions: z.array(
    z.object({
      delegationId: text,
      delegationName: text,
      stance: z.enum(['support', 'object']),
      comment: text,
    }),
  ),
});

const RedlinePart = z.object({ kind: z.enum(['equal', 'insert', 'delete']), text });

export const RevisionWithRedline = z.object({
  revision: Revision,
  previous: maybe(Revision),
  text,
  redline: maybe(z.array(RedlinePart)),
});

export const OutcomeOverview = z.object({
  outcome: z.extend(Outcome, { title: text }),
  trainingExercise: z.boolean(),
  delegations: z.array(z.object({ id: text, name: text, kind: text })),
  myDelegations: z.array(
    z.object({ id: text, name: text, role: z.enum(['drafter', 'reviewer', 'viewer']) }),
  ),
  paragraphs: z.array(
    z.object({
      number: z.number(),
      /** Stable across insertions; null until the paragraph's status is first marked. */
      id: maybe(text),
      text,
      status: z.enum(['agreed', 'open', 'bracketed']),
      holders: z.array(text),
    }),
  ),
  summary: z.object({
    total: z.number(),
    agreed: z.number(),
    bracketed: z.number(),
    open: z.number(),
  }),
  revisions: z.array(Revision),
  amendments: z.array(Amendment),
  abilities: z.record(text, z.boolean()),
});
