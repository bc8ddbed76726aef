// Typed calls for a statement's versions, redlines and restores. Responses are checked
// on arrival, like the statements API, so components can trust the types.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';

export type VersionKind = 'named' | 'auto' | 'status' | 'restore';

export interface Version {
  id: string;
  statementId: string;
  revision: number;
  kind: VersionKind;
  name: string;
  text: string;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
}

export interface RedlinePart {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

/** What a redline compares the older text with: the live text or another version. */
export type RedlineTarget = 'current' | string;

export const VERSION_NAME_MAX_LENGTH = 200;

const KINDS: readonly unknown[] = ['named', 'auto', 'status', 'restore'];
const isKind = (value: unknown): value is VersionKind => KINDS.includes(value);
const PART_KINDS: readonly unknown[] = ['equal', 'insert', 'delete'];
const isPartKind = (value: unknown): value is RedlinePart['kind'] => PART_KINDS.includes(value);
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const unreadable = (what: string): ApiError =>
  new ApiError('response.invalid', `The server sent ${what} this page cannot read.`, 200);

export function parseVersion(value: unknown): Version {
  if (
    !isRecord(value) ||
    typeof value.id !== 'string' ||
    typeof value.name !== 'string' ||
    typeof value.createdAt !== 'string'
  ) {
    throw unreadable('a version');
  }
  return {
    id: value.id,
    statementId: typeof value.statementId === 'string' ? value.statementId : '',
    revision: typeof value.revision === 'number' ? value.revision : 1,
    kind: isKind(value.kind) ? value.kind : 'auto',
    name: value.name,
    text: typeof value.text === 'string' ? value.text : '',
    createdBy: stringOrNull(value.createdBy),
    createdByName: stringOrNull(value.createdByName),
    createdAt: value.createdAt,
  };
}

function parsePart(value: unknown): RedlinePart {
  if (isRecord(value) && isPartKind(value.kind) && typeof value.text === 'string') {
    return { kind: value.kind, text: value.text };
  }
  throw unreadable('a comparison');
}

const versionOf = (payload: unknown): Version =>
  parseVersion(isRecord(payload) ? payload.version : undefined);
const statementPath = (id: string) => `/statements/${encodeURIComponent(id)}`;
const versionPath = (id: string) => `/versions/${encodeURIComponent(id)}`;

export const versionsApi = {
  /** Newest first. */
  async list(statementId: string, signal?: AbortSignal): Promise<Version[]> {
    const payload = await apiRequest(`${statementPath(statementId)}/versions`, { signal });
    const list = isRecord(payload) ? payload.versions : undefined;
    if (!Array.isArray(list)) throw unreadable('a list of versions');
    return list.map(parseVersion);
  },

  async create(statementId: string, name: string): Promise<Version> {
    const path = `${statementPath(statementId)}/versions`;
    return versionOf(await apiRequest(path, { method: 'POST', body: { name } }));
  },

  async get(versionId: string, signal?: AbortSignal): Promise<Version> {
    return versionOf(await apiRequest(versionPath(versionId), { signal }));
  },

  /** Word-by-word changes from the version's text to `against`. */
  async redline(
    versionId: string,
    against: RedlineTarget,
    signal?: AbortSignal,
  ): Promise<RedlinePart[]> {
    const query = `?against=${encodeURIComponent(against)}`;
    const payload = await apiRequest(`${versionPath(versionId)}/redline${query}`, { signal });
    const parts = isRecord(payload) ? payload.parts : undefined;
    if (!Array.isArray(parts)) throw unreadable('a comparison');
    return parts.map(parsePart);
  },

  async restore(versionId: string): Promise<Version> {
    return versionOf(await apiRequest(`${versionPath(versionId)}/restore`, { method: 'POST' }));
  },
};
