// What the version view shows: the version itself and, when comparing, the redline.
// Two versions are always compared from the older to the newer, whichever was picked
// first, so additions are what was added over time.
import { useApiQuery } from '../api/useApiQuery';
import type { VersionView } from './useHistoryPanel';
import { versionsApi, type RedlinePart, type Version } from './versionsApi';

export interface LoadedView {
  version: Version | null;
  /** When comparing: the older and newer texts ('current' is the live text). */
  from: Version | null;
  to: Version | 'current' | null;
  parts: RedlinePart[] | null;
  error: string | null;
}

const EMPTY: LoadedView = { version: null, from: null, to: null, parts: null, error: null };

/** `generation` changes to fetch again (the live text moves on while a redline is open). */
export function useVersionView(view: VersionView, generation: number): LoadedView {
  const { versionId, against } = view;
  const key = ['version', versionId, against ?? '', String(generation)];
  const { data, error, previous } = useApiQuery(key, async (signal): Promise<LoadedView> => {
    const version = await versionsApi.get(versionId, signal);
    if (against === null) return { ...EMPTY, version };
    if (against === 'current') {
      const parts = await versionsApi.redline(versionId, 'current', signal);
      return { version, from: version, to: 'current', parts, error: null };
    }
    const other = await versionsApi.get(against, signal);
    const [from, to] = other.createdAt < version.createdAt ? [other, version] : [version, other];
    const parts = await versionsApi.redline(from.id, to.id, signal);
    return { version, from, to, parts, error: null };
  });

  if (data) return data;
  if (error) return { ...EMPTY, error };
  // Until the new view arrives: the same version's heading may stay, nothing else stale.
  return { ...EMPTY, version: previous?.version?.id === versionId ? previous.version : null };
}
