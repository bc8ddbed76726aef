import { formatIsoDate } from '../ui/formatIsoDate';
import type { Debate } from './debatesApi';

/** "Security Council · 19 April 2021 · Presidency: Viet Nam", leaving out what is unknown. */
export function describeDebate(debate: Debate): string {
  return [
    debate.body,
    formatIsoDate(debate.meetingDate),
    debate.presidency ? `Presidency: ${debate.presidency}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
