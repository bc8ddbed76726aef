import { formatLocale } from '../i18n/catalogue';
import type { Version, VersionKind } from './versionsApi';
import { t } from '../i18n/messages/versions';

const KIND_KEY = {
  named: 'kinds.named',
  auto: 'kinds.auto',
  status: 'kinds.status',
  restore: 'kinds.restore',
} as const satisfies Record<VersionKind, string>;

export const kindLabel = (kind: VersionKind): string => t(KIND_KEY[kind]);

/**
 * Who made a version, in words. Automatic and status versions are taken by Plenary
 * itself, so they have no author; a deleted account still deserves a name.
 */
export function versionAuthor(version: Version): string | null {
  if (version.createdByName) return version.createdByName;
  return version.createdBy ? t('kinds.formerMember') : null;
}

const exact = new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' });

/** "Named · Nguyen Thi Lan · 14 Apr 2026, 10:32" */
export function versionSummary(version: Version): string {
  const date = new Date(version.createdAt);
  const when = Number.isNaN(date.getTime()) ? null : exact.format(date);
  return [kindLabel(version.kind), versionAuthor(version), when].filter(Boolean).join(' · ');
}
