// Durations as the speaking-time meter shows them: "4 min 30 s", "45 s", "1 h 5 min".

/** Whole seconds as "1 h 2 min 5 s", leaving out zero parts; "0 s" for zero, "-45 s" below. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) {
    throw new RangeError(`seconds must be a finite number, got ${seconds}`);
  }
  const total = Math.round(Math.abs(seconds));
  if (total === 0) return '0 s';
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const parts = [
    hours > 0 ? `${hours} h` : '',
    minutes > 0 ? `${minutes} min` : '',
    rest > 0 ? `${rest} s` : '',
  ].filter((part) => part !== '');
  return `${seconds < 0 ? '-' : ''}${parts.join(' ')}`;
}
