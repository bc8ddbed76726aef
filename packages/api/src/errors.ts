// Every error code the server answers with, as one union. An error body is
// `{ error: { code, message, details? } }`; the message is written for the person reading it.
import * as z from 'zod/mini';

export const ERROR_CODES = [
  'amendment.decided',
  'amendment.not_found',
  'amendment.own',
  'amendment.stale',
  'auth.forbidden',
  'auth.invalid_credentials',
  'auth.rate_limited',
  'auth.unauthenticated',
  'comment.invalid_anchor',
  'comment.invalid_mention',
  'comment.not_found',
  'compilation.empty',
  'debate.not_found',
  'delegation.name_taken',
  'delegation.not_found',
  'delegation.not_in_debate',
  'document.busy',
  'document.corrupt',
  'document.empty',
  'document.encrypted',
  'document.no_structure',
  'document.not_concept_note',
  'document.not_report',
  'document.too_complex',
  'document.too_large',
  'document.unsupported_type',
  'export.format',
  'export.not_found',
  'export.not_ready',
  'invitation.already_member',
  'invitation.expired',
  'invitation.invalid',
  'invitation.revoked',
  'invitation.used',
  'invitation.wrong_account',
  'member.not_found',
  'notification.not_found',
  'outcome.adopted',
  'outcome.exists',
  'outcome.not_found',
  'outcome.under_silence',
  'paragraph.not_found',
  'password.too_long',
  'password.too_short',
  'password.too_weak',
  'redline.none',
  'reference.not_found',
  'request.cross_origin',
  'request.invalid',
  'request.malformed_json',
  'request.too_large',
  'request.unsupported_encoding',
  'resource.not_found',
  'revision.not_found',
  'route.not_found',
  'server.internal',
  'setup.done',
  'silence.deadline_past',
  'silence.over',
  'silence.uncirculated',
  'statement.invalid_transition',
  'statement.not_found',
  'statement.over_limit',
  'statement.submitted',
  'trash.not_found',
  'user.email_taken',
  'user.not_found',
  'version.not_found',
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Codes the web app makes up itself, for failures that never got a server answer. */
export type ClientErrorCode =
  'network.unreachable' | 'network.interrupted' | 'http.unexpected' | 'response.invalid';

export const ErrorBody = z.object({
  error: z.object({ code: ErrorCode, message: z.string(), details: z.optional(z.unknown()) }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
