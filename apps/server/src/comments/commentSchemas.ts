import { z } from 'zod';

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
