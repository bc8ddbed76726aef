import { STATEMENT_LANGUAGES } from '@plenary/statement-model';
import { z } from 'zod';

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
