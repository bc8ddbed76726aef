import { formatIsoDate } from '../ui/formatIsoDate';
import type { Debate } from './debatesApi';

/**
 * "Security Council · 19 April 2021 · Presidency: Viet Nam" (or "· Convened by Estonia and
 * Niger"), leaving out what is unknown.
 */
export function describeDebate(debate: Debate): string {
  return [
    debate.body,
    formatIsoDate(debate.meetingDate),
    debate.presidency ? `Presidency: ${debate.presidency}` : null,
    debate.convener ? `Convened by ${debate.convener}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
