// Number and table formatting for the benchmark report.
import type { Spread } from './spread.js';

export const ms = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value)
    ? '–'
    : value < 10
      ? value.toFixed(2)
      : value < 100
        ? value.toFixed(1)
        : value.toFixed(0);
export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
export const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !(b > 0) || Number.isNaN(a)
    ? '–'
    : `${(a / b).toFixed(2)}×`;
export const pct = (value: number | undefined): string =>
  value === undefined ? '–' : `${value.toFixed(0)}%`;
export const table = (head: string[], rows: string[][]): string =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

const number = (value: number): string =>
  Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en') : ms(value);

/** "12.3 ms (10.1–15.2)": the median and, over several repeats, the range. */
export function fmt(value: Spread | undefined, unit: string): string {
  if (!value) return '–';
  const range = value.n > 1 ? ` (${number(value.min)}–${number(value.max)})` : '';
  return `${number(value.median)} ${unit}${range}`;
}
