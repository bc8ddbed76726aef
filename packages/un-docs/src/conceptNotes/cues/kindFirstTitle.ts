import { isBareMeetingKind } from './meetingKinds.js';
import { titleKind } from './titleKind.js';

// Round 32a: a title line that opens with its meeting's kind and a colon ("Informal interactive
// multi-stakeholder hearing: Ageing with dignity — towards the 2028 high-level meeting on older
// persons", "Interactive panel discussion: Towards the 2030 high-level meeting on water and
// sanitation") names its theme after the colon (titleTheme.ts); a meeting named there is part of
// that theme, another meeting than the title's, so its subject ("older persons") is not the theme.

const FIRST_CUT = /\s*(?::\s|\s[–—|-]\s)\s*/u;

/** Where the theme starts in a title line that opens with a bare meeting kind, or null. */
export function kindFirstThemeStart(line: string): number | null {
  const cut = FIRST_CUT.exec(line);
  if (!cut) return null;
  const kind = line.slice(0, cut.index);
  return isBareMeetingKind(kind) || titleKind(kind)?.bare ? cut.index + cut[0].length : null;
}
