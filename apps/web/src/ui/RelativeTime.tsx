// "3 minutes ago", with the exact date and time on hover and for assistive technology.
import { useEffect, useState } from 'react';
import { formatLocale } from '../i18n/catalogue';

const relative = new Intl.RelativeTimeFormat(formatLocale(), { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'long', timeStyle: 'short' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** Relative wording for a moment, counted from `now`. */
export function formatRelative(date: Date, now: number): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  // Intl's own word for this moment ("now", "maintenant"): no message to translate.
  if (Math.abs(seconds) < 45) return relative.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds / 60), 'minute');
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow(30_000);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <span>—</span>;
  const exact = absolute.format(date);
  return (
    <time dateTime={iso} title={exact}>
      {formatRelative(date, now)}
    </time>
  );
}
