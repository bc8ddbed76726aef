import type { ErrorCode } from '@plenary/api';

/** An error with a stable code, an HTTP status and a message the user can act on. */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  toJSON(): { code: ErrorCode; message: string; details?: unknown } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const statementNotFound = (id: string): AppError =>
  new AppError(
    'statement.not_found',
    404,
    `No statement with id "${id}" exists. It may have been deleted.`,
  );
