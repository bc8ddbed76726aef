import { formatIsoDate } from '../ui/formatIsoDate';
import type { Debate } from './debatesApi';
import { t } from '../i18n/messages/debates';

/**
 * "Security Council · 19 April 2021 · Presidency: Viet Nam" (or "· Convened by Estonia and
 * Niger"), leaving out what is unknown.
 */
export function describeDebate(debate: Debate): string {
  return [
    debate.body,
    formatIsoDate(debate.meetingDate),
    debate.presidency ? t('facts.presidencyOf', { presidency: debate.presidency }) : null,
    debate.convener ? t('facts.convenedBy', { convener: debate.convener }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
