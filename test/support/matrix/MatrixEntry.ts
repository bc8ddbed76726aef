// The shape of an authorization-matrix entry and the role groups the entries use.
import type { AuthWorld, RoleName } from '../authWorld.js';
import type { Route } from '@plenary/api/contract';
import type { ApiClient, ApiResponse } from '../http.js';

export interface MatrixEntry {
  allowed: readonly RoleName[];
  run(client: ApiClient, world: AuthWorld): Promise<ApiResponse<unknown>>;
}

/** Matrix entries by route; the keys are routes of the @plenary/api contract. */
export type RouteEntries = Partial<Record<Route, MatrixEntry>>;

export const SIGNED_IN: RoleName[] = [
  'outsider',
  'viewer',
  'reviewer',
  'drafter',
  'otherDrafter',
  'organizer',
  'admin',
];
export const IN_DEBATE: RoleName[] = [
  'viewer',
  'reviewer',
  'drafter',
  'otherDrafter',
  'organizer',
  'admin',
];
export const IN_DELEGATION_A: RoleName[] = ['viewer', 'reviewer', 'drafter'];
export const MANAGERS: RoleName[] = ['organizer', 'admin'];
export const COMMENTERS: RoleName[] = ['reviewer', 'drafter'];
