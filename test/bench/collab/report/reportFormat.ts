// Number and table formatting for the benchmark report.

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
