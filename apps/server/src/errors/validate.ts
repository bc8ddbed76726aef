import type { z } from 'zod';
import { AppError } from './AppError.js';

/** Parses input with a zod schema, turning failures into a 400 that names each bad field. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what = 'request',
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || what,
    message: issue.message,
  }));
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  throw new AppError('request.invalid', 400, `The ${what} is not valid (${summary}).`, { fields });
}
