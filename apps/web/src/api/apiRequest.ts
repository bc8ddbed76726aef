// The one place that talks HTTP to the Plenary server: JSON in, JSON out, and every
// failure turned into an ApiError with a message we can show to the person.
import { ApiError } from './ApiError';

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Dispatched on window when the server says the session is missing or has ended. */
export const UNAUTHENTICATED_EVENT = 'plenary:unauthenticated';

const UNREACHABLE =
  'Could not reach the Plenary server. Check your connection and try again; nothing you typed has been lost.';

/** The error for a request that never reached the server. */
export const unreachable = (): ApiError => new ApiError('network.unreachable', UNREACHABLE, 0);

/** Calls `/api<path>` and returns the parsed JSON body (undefined for 204). */
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
  if (isRecord(payload) && isRecord(payload.error)) {
    const { code, message } = payload.error;
    if (typeof code === 'string' && typeof message === 'string')
      return new ApiError(code, message, status);
  }
  const fallback =
    status >= 500
      ? 'The server had a problem handling this request. Please try again in a moment.'
      : `The request was refused (HTTP ${status}).`;
  return new ApiError('http.unexpected', fallback, status);
}

/** Narrowing helper for JSON read from the wire. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
