// docs/api.md documents every route of the contract, and no route the contract lacks: each
// table row names its routes in backticks (`POST /api/threads/:id/resolve`, and `/reopen` for a
// sibling), with any parameter names and query strings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routes } from './contract.js';

const API_DOC = new URL('../../../docs/api.md', import.meta.url);

/** A route's shape: parameter names and query strings do not matter. */
const shapeOf = (route: string): string =>
  route
    .replace(/\?.*$/, '')
    .replace(/:[A-Za-z]+/g, ':param')
    .trim();

function documentedRoutes(markdown: string): Set<string> {
  const found = new Set<string>();
  const ROUTE = /`((?:GET|POST|PUT|PATCH|DELETE) \/api\/[^`]*)`((?:,\s*`\/[^`]+`)*)/g;
  for (const [, route = '', siblings = ''] of markdown.matchAll(ROUTE)) {
    found.add(shapeOf(route));
    const [method = '', path = ''] = route.split(' ');
    for (const [, suffix = ''] of siblings.matchAll(/`(\/[^`]+)`/g))
      found.add(shapeOf(`${method} ${path.replace(/\/[^/]+$/, '')}${suffix}`));
  }
  return found;
}

describe('docs/api.md', () => {
  const documented = documentedRoutes(readFileSync(API_DOC, 'utf8'));
  const contract = Object.keys(routes).map(shapeOf);

  it('documents every route of the contract', () => {
    expect(contract.filter((route) => !documented.has(route))).toEqual([]);
  });

  it('documents no route the contract lacks', () => {
    expect([...documented].filter((route) => !contract.includes(route))).toEqual([]);
  });
});
