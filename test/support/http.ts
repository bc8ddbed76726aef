// A JSON client with a cookie jar, as a browser tab would be: one per signed-in user. Every
// answer is checked against the API contract (contractCheck.ts).
import { checkAgainstContract } from './contractCheck.js';

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  /** Every cookie the server set, as a browser would send them back (`a=1; b=2`). */
  cookie: string | undefined;

  constructor(
    readonly baseUrl: string,
    cookie?: string,
  ) {
    this.cookie = cookie;
  }

  /** Keeps each cookie the response sets, and drops the ones it clears. */
  private store(response: Response): void {
    const jar = new Map(
      (this.cookie?.split('; ') ?? []).map((pair) => [pair.split('=')[0] ?? '', pair] as const),
    );
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(';')[0] ?? '';
      const name = pair.split('=')[0] ?? '';
      if (pair.endsWith('=')) jar.delete(name);
      else jar.set(name, pair);
    }
    this.cookie = jar.size > 0 ? [...jar.values()].join('; ') : undefined;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        // Browsers send Origin on writes; the server's CSRF check requires it with a cookie.
        ...(method === 'GET' ? {} : { origin: this.baseUrl }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    this.store(response);
    return answer<T>(method, path, response);
  }

  /** Uploads raw file bytes, as the web app does for documents. */
  async upload<T = unknown>(
    path: string,
    bytes: Uint8Array,
    fileName: string,
  ): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(fileName),
        origin: this.baseUrl,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    });
    return answer<T>('POST', path, response);
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  patch<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Like request, but throws unless the status is the expected one. */
  async expect<T>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request<T>(method, path, body);
    if (response.status !== status) {
      throw new Error(
        `${method} ${path}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    return response.body;
  }
}

/** Unauthenticated JSON request helper. */
export function api<T = unknown>(
  baseUrl: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  return new ApiClient(baseUrl).request<T>(init.method ?? 'GET', path, init.body, init.headers);
}

async function answer<T>(
  method: string,
  path: string,
  response: Response,
): Promise<ApiResponse<T>> {
  const body = parseBody(await response.text(), response.headers);
  checkAgainstContract(method, path, response.status, body);
  return { status: response.status, body: body as T, headers: response.headers };
}

/** JSON bodies parsed; anything else (an exported file) kept as text. */
function parseBody(text: string, headers: Headers): unknown {
  if (!text) return undefined;
  return headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : text;
}
