import { parseLabel } from '../../text/parseLabel.js';

// Round 28: a spokesperson's briefing or an office's page names the office once, in its header
// ("SPOKESPERSON FOR GENERAL ASSEMBLY PRESIDENT VOLKAN BOZKIR", "Office of the President of the
// Human Rights Council"), then convenes by the bare office, often in a bulleted point ("• The
// President will convene …"). The bare office is the one the header names, when it names one.

const BODIES: readonly (readonly [RegExp, string])[] = [
  [/^general\s+assembly$/iu, 'the General Assembly'],
  [/^(?:economic\s+and\s+social\s+council|ECOSOC)$/iu, 'the Economic and Social Council'],
  [/^human\s+rights\s+council$/iu, 'the Human Rights Council'],
  [/^peacebuilding\s+commission$/iu, 'the Peacebuilding Commission'],
];
const BODY = String.raw`general\s+assembly|economic\s+and\s+social\s+council|ECOSOC|human\s+rights\s+council|peacebuilding\s+commission`;
// "General Assembly President", "President of the General Assembly", "President of the
// seventy-fifth session of the General Assembly".
const OFFICE = new RegExp(
  String.raw`(?<![\p{L}-])(?:(${BODY})\s+President|President\s+of\s+the\s+(?:[\p{L}-]+\s+session\s+of\s+the\s+)?(${BODY}))(?![\p{L}])`,
  'giu',
);
const BARE = /^the\s+President$/iu;
// Where a page's header is: its first blocks.
const HEADER_BLOCKS = 3;

/** The body whose President the header names, when it names one only. */
function headerBody(blocks: readonly string[]): string | null {
  const named = new Set<string>();
  for (const block of blocks.slice(0, HEADER_BLOCKS))
    for (const match of block.matchAll(OFFICE)) {
      const words = (match[1] ?? match[2] ?? '').replace(/\s+/gu, ' ');
      const body = BODIES.find(([pattern]) => pattern.test(words))?.[1];
      if (body) named.add(body);
    }
  return named.size === 1 ? ([...named][0] ?? null) : null;
}

/** "the President of the General Assembly" for a bare "The President" under such a header. */
export function officeInHeader(office: string, blocks: readonly string[]): string | null {
  if (!BARE.test(office.trim())) return null;
  const body = headerBody(blocks);
  return body ? `the President of ${body}` : null;
}

/** A bulleted point's sentence without its mark ("• The President will …"). */
export function withoutBullet(text: string): string {
  const label = parseLabel(text.trim());
  return label?.kind === 'bullet' ? label.rest : text;
}
