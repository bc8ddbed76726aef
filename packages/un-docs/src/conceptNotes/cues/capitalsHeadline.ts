// Round 30: a spokesperson's briefing sets each item's headline in capitals, as a sentence
// about the meeting ("MINISTERS EXPECTED TO ATTEND ASSEMBLY'S MEETING ON PALESTINE & MIDDLE EAST
// TOMORROW", "PRESIDENT'S MEETING ON SUSTAINING PEACE TO WELCOME LARGEST NUMBER OF WORLD LEADERS
// …"): like a headline above a byline, it shortens and runs on past the meeting's subject, which
// the bullets under it name in full.

const HEADLINE_WORDS = 8;

/** Whether `text` is a headline in capitals: all its letters capitals, and a sentence's length. */
export function capitalsHeadline(text: string): boolean {
  return (
    /\p{Lu}/u.test(text) &&
    text === text.toUpperCase() &&
    text.trim().split(/\s+/u).length >= HEADLINE_WORDS
  );
}
