import { z } from 'zod';

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
