/** A month, day, hour or minute as two digits ("03"), as ISO dates and 24-hour times write it. */
export function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}
