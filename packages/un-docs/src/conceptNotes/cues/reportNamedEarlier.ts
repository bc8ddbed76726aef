import type { Candidate } from './Candidate.js';

// Round 31e (decided at round 31a's merge): a meeting held "on the report" (`sur le rapport`,
// `sobre el informe`) names its subject by the article and the document's kind alone; the text
// names that report in full before ("the consideration of the report of the Secretary-General on
// Prevention of armed conflict (A/55/985-S/2001/574)", `Le rapport du Secrétaire général sur la
// sécurité routière … (A/83/112)`). The theme is that name, with its author and its subject, up
// to the symbol, the comma or the verb after it. A bare "the report" with no name in full stays.

const BARE = /^(?:the|this|le|ce|el|este)\s+(report|rapport|informe)$/iu;

const NOUNS: Readonly<Record<string, string>> = {
  report: String.raw`(?:the|The)\s+report\s+(?:of|by)`,
  rapport: String.raw`(?:le|Le)\s+rapport\s+(?:du|de\s+la|de\s+l['’]|des)`,
  informe: String.raw`(?:el|El)\s+informe\s+(?:del|de\s+la|de\s+los|de\s+las)`,
};
const SUBJECT_LINK = String.raw`(?:on|sur|sobre)`;
// Where the name ends: the symbol in parentheses, a comma or semicolon, the sentence's end, or
// the verb that follows it ("… armed conflict is now available", `… vient d'être publié`).
const NAME_END = String.raw`(?=\s*\(|\s*[,;:]|\.(?:\s|$)|$|\s+(?:is|was|has|will|which|that|est|a|vient|sera|qui|es|ha|fue|será|que)(?![\p{L}]))`;

function fullName(noun: string, sentences: readonly { text: string }[]): string | null {
  const lead = NOUNS[noun];
  if (!lead) return null;
  const named = new RegExp(
    String.raw`(?<![\p{L}])${lead}\s+[^,.;:()]{2,80}?\s+${SUBJECT_LINK}\s+[^,;:()]{3,200}?${NAME_END}`,
    'u',
  );
  for (const { text } of sentences) {
    const found = named.exec(text)?.[0];
    if (found) return found.trim().replace(/^\p{Lu}/u, (letter) => letter.toLowerCase());
  }
  return null;
}

/** A theme read as "the report" alone, named in full from the text's own naming of the report. */
export function reportNamedEarlier(
  candidates: readonly Candidate<string>[],
  sentences: readonly { text: string }[],
): Candidate<string>[] {
  return candidates.map((theme) => {
    const noun = BARE.exec(theme.value.trim())?.[1]?.toLowerCase();
    const name = noun ? fullName(noun, sentences) : null;
    return name ? { ...theme, value: name, cue: 'reportNamedEarlier' } : theme;
  });
}
