// The one place that talks HTTP to the Plenary server: JSON in, JSON out, every answer
// parsed with its @plenary/api schema, and every failure turned into an ApiError with a
// message we can show to the person.
import { ErrorBody } from '@plenary/api';
import type * as z from 'zod/mini';
import { ApiError } from './ApiError';
import { t } from '../i18n/messages/app';

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Dispatched on window when the server says the session is missing or has ended. */
export const UNAUTHENTICATED_EVENT = 'plenary:unauthenticated';

/** The error for a request that never reached the server. */
export const unreachable = (): ApiError =>
  new ApiError('network.unreachable', t('errors.unreachable'), 0);

/** Calls `/api<path>` and parses the answer with the contract's `schema`. */
export async function apiCall<S extends z.ZodMiniType>(
  schema: S,
  path: string,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return parsed(schema, await apiRequest(path, options));
}

/** The answer as `schema` reads it, or the error for an answer this page cannot read. */
export function parsed<S extends z.ZodMiniType>(schema: S, payload: unknown): z.infer<S> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  throw new ApiError('response.invalid', t('errors.unreadable'), 200);
}

/** Calls `/api<path>` and returns the JSON body unread (undefined for 204). */
export async function apiRequest(path: string, options: RequestOptions = {}): Promise<unknown> {
  const { method = 'GET', body, signal } = options;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      signal,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw unreachable();
  }
  if (response.status === 204) return undefined;
  const payload = await readJson(response);
  if (!response.ok) throw failed(payload, response.status);
  return payload;
}

/** The ApiError for a refused request; also tells the app when the session has ended. */
export function failed(payload: unknown, status: number): ApiError {
  const error = toApiError(payload, status);
  if (error.code === 'auth.unauthenticated') window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
  return error;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function toApiError(payload: unknown, status: number): ApiError {
  const body = ErrorBody.safeParse(payload);
  if (body.success) return new ApiError(body.data.error.code, body.data.error.message, status);
  const fallback = status >= 500 ? t('errors.server') : t('errors.refused', { status });
  return new ApiError('http.unexpected', fallback, status);
}
