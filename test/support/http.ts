/** JSON request helper for tests: returns the status and parsed body. */
export async function api<T = unknown>(
  baseUrl: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export interface StatementJson {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

/** Factory: creates a statement over the REST API. */
export async function makeStatement(baseUrl: string, title = 'Statement of Viet Nam — open debate 19 April 2021'): Promise<StatementJson> {
  const { status, body } = await api<{ statement: StatementJson }>(baseUrl, '/api/statements', {
    method: 'POST',
    body: { title },
  });
  if (status !== 201) throw new Error(`could not create statement: ${status} ${JSON.stringify(body)}`);
  return body.statement;
}
