// Every answer a test gets from the real server is checked against the route's entry in
// @plenary/api's contract: a success has the contract's status and parses with its schema; a
// refusal has the error shape with a code from the one union. All integration suites that
// talk HTTP through ApiClient are therefore contract tests too.
import { ErrorBody } from '@plenary/api';
import { routes, type Route, type RouteContract } from '@plenary/api/contract';

const PATTERNS = Object.entries(routes as Record<Route, RouteContract>).map(([route, contract]) => {
  const [method, path] = route.split(' ') as [string, string];
  const pattern = new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
  return { route, method, pattern, contract };
});

/** The contract entry for a request, by method and path (the query is ignored). */
export function routeOf(method: string, url: string): (typeof PATTERNS)[number] | undefined {
  const path = new URL(url, 'http://x').pathname;
  const candidates = PATTERNS.filter((p) => p.method === method && p.pattern.test(path));
  // A literal segment beats a parameter: /references/search over /references/:id.
  return candidates.sort((a, b) => b.route.length - a.route.length)[0];
}

/** Throws, naming the route and the mismatch, when an answer breaks the contract. */
export function checkAgainstContract(
  method: string,
  url: string,
  status: number,
  body: unknown,
): void {
  const entry = routeOf(method, url);
  if (!entry) return;
  const fail = (what: string): never => {
    throw new Error(`${entry.route} broke its contract (HTTP ${status}): ${what}`);
  };
  if (status >= 400) {
    const parsed = ErrorBody.safeParse(body);
    if (!parsed.success) fail(`error body ${JSON.stringify(body)}: ${parsed.error.message}`);
    return;
  }
  if (status !== entry.contract.status) fail(`expected status ${entry.contract.status}`);
  const schema = entry.contract.response;
  if (!schema) return;
  const parsed = (schema as typeof ErrorBody).safeParse(body);
  if (!parsed.success) fail(parsed.error.message);
}
