import type { ClientErrorCode, ErrorCode } from '@plenary/api';
import { t } from '../i18n/messages/app';

/** A failed API call, carrying the server's stable code and its user-facing message. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True when the request never reached the server (offline, DNS, server down). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

/** The user-facing message of any error thrown by the API client or a bug. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return t('errors.unexpected');
}
