import { z } from 'zod';
import { DebateFieldsBody } from '../debates/debateSchemas.js';

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
    format: z.enum(['text', 'markdown', 'docx', 'pdf']),
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
