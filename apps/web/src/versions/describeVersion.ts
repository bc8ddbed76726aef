import type { Version, VersionKind } from './versionsApi';

export const KIND_LABEL: Record<VersionKind, string> = {
  named: 'Named',
  auto: 'Automatic',
  status: 'Status change',
  restore: 'Before a restore',
};

/**
 * Who made a version, in words. Automatic and status versions are taken by Plenary
 * itself, so they have no author; a deleted account still deserves a name.
 */
export function versionAuthor(version: Version): string | null {
  if (version.createdByName) return version.createdByName;
  return version.createdBy ? 'A former member' : null;
}

const exact = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Named · Nguyen Thi Lan · 14 Apr 2026, 10:32" */
export function versionSummary(version: Version): string {
  const date = new Date(version.createdAt);
  const when = Number.isNaN(date.getTime()) ? null : exact.format(date);
  return [KIND_LABEL[version.kind], versionAuthor(version), when].filter(Boolean).join(' · ');
}
