// Meeting times: "10 a.m.", "3.30 p.m.", "10:00 a.m.", "15:00", "noon"; the first one in the
// text is the start time. Returned as 24-hour "HH:MM".

const CLOCK = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?=$|[\s,;)–-])/i;
const TWENTY_FOUR = /\b([01]?\d|2[0-3])[:h]([0-5]\d)\b(?!\s*(?:a\.?m|p\.?m))/i;
const NOON = /\b(?:12\s+)?noon\b/i;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function findTime(text: string): string | null {
  const candidates: { index: number; value: string }[] = [];
  const clock = CLOCK.exec(text);
  if (clock?.[1]) {
    const hour = Number(clock[1]) % 12;
    const afternoon = (clock[3] ?? '').toLowerCase().startsWith('p');
    candidates.push({
      index: clock.index,
      value: `${pad(afternoon ? hour + 12 : hour)}:${clock[2] ?? '00'}`,
    });
  }
  const twentyFour = TWENTY_FOUR.exec(text);
  if (twentyFour?.[1] && twentyFour[2]) {
    candidates.push({
      index: twentyFour.index,
      value: `${pad(Number(twentyFour[1]))}:${twentyFour[2]}`,
    });
  }
  const noon = NOON.exec(text);
  if (noon) candidates.push({ index: noon.index, value: '12:00' });
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]?.value ?? null;
}
