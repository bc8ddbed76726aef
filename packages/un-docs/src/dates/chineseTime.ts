import { twoDigits } from './twoDigits.js';
// Round zh (session 19): a Chinese clock, `上午10时`, `下午3时至6时`, `下午3点30分`, `10时半`: the
// hour before `时` or `点` (not `小时`, an hour's length), the half of the day in words before it
// putting an afternoon or evening hour after noon.
const CLOCK =
  /(上午|早上|中午|下午|晚上)?\s*(?<![\d小])(\d{1,2})\s*[时点](?:\s*(\d{1,2})\s*分|(半))?(?!\d)/u;

/** The first Chinese clock of `text` as 24-hour "HH:MM", with where it stands. */
export function chineseTime(text: string): { index: number; value: string } | null {
  const match = CLOCK.exec(text);
  if (!match?.[2]) return null;
  const hour = Number(match[2]);
  if (hour > 23) return null;
  const later = (match[1] === '下午' || match[1] === '晚上') && hour < 12;
  const minutes = match[4] ? 30 : Number(match[3] ?? 0);
  if (minutes > 59) return null;
  return {
    index: match.index,
    value: `${twoDigits(hour + (later ? 12 : 0))}:${twoDigits(minutes)}`,
  };
}
