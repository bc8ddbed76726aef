import type { Debate } from './debatesApi';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });

/** "Security Council · 19 April 2021 · Presidency: Viet Nam", leaving out what is unknown. */
export function describeDebate(debate: Debate): string {
  const date = debate.meetingDate ? new Date(`${debate.meetingDate}T00:00:00Z`) : null;
  return [
    debate.body,
    date && !Number.isNaN(date.getTime()) ? dateFormat.format(date) : null,
    debate.presidency ? `Presidency: ${debate.presidency}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
