// Typed calls for a statement's versions, redlines and restores, parsed with the contract.
import { RedlinePart, Version } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall } from '../api/apiRequest';

export type { RedlinePart, Version } from '@plenary/api';
export type VersionKind = Version['kind'];

/** What a redline compares the older text with: the live text or another version. */
export type RedlineTarget = 'current' | string;

export const VERSION_NAME_MAX_LENGTH = 200;

const One = z.object({ version: Version });
const statementPath = (id: string) => `/statements/${encodeURIComponent(id)}`;
const versionPath = (id: string) => `/versions/${encodeURIComponent(id)}`;

export const versionsApi = {
  /** Newest first. */
  async list(statementId: string, signal?: AbortSignal): Promise<Version[]> {
    const Many = z.object({ versions: z.array(Version) });
    return (await apiCall(Many, `${statementPath(statementId)}/versions`, { signal })).versions;
  },

  async create(statementId: string, name: string): Promise<Version> {
    const path = `${statementPath(statementId)}/versions`;
    return (await apiCall(One, path, { method: 'POST', body: { name } })).version;
  },

  async get(versionId: string, signal?: AbortSignal): Promise<Version> {
    return (await apiCall(One, versionPath(versionId), { signal })).version;
  },

  /** Word-by-word changes from the version's text to `against`. */
  async redline(
    versionId: string,
    against: RedlineTarget,
    signal?: AbortSignal,
  ): Promise<RedlinePart[]> {
    const Parts = z.object({ parts: z.array(RedlinePart) });
    const query = `?against=${encodeURIComponent(against)}`;
    return (await apiCall(Parts, `${versionPath(versionId)}/redline${query}`, { signal })).parts;
  },

  async restore(versionId: string): Promise<Version> {
    return (await apiCall(One, `${versionPath(versionId)}/restore`, { method: 'POST' })).version;
  },
};
