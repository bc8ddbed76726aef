// Round t43a: a panel or a discussion a note announces by its own sentence is a kind of meeting,
// though neither word alone is a kind of the vocabulary (“the panel” is as often its panellists,
// “a discussion” as often an exchange within a meeting). Read only where cues/bareKind.ts reads a
// bare session or segment: the subject of a verb of taking place or the object of a verb of
// holding, in a sentence that gives the day (“The annual panel on X will take place on 19 March”,
// “the Council will hold today (24 September) its annual discussion on X”, `la réunion-débat`
// being the vocabulary's). Its frequency and level are kept as a bare session's are: `annual
// panel`, `annual discussion`. A panel merely mentioned (“the panel will explore …”, “one of the
// panellists”) or moderated names none.

/** The English and French words (one in both) for a panel or a discussion, in the singular. */
export const EXCHANGE_KIND = String.raw`(?<exchange>(?<panel>panel)|discussion)`;

/** The English kind the `exchange` group of a match names. */
export function exchangeKind(groups: Record<string, string | undefined>): string {
  return groups.panel !== undefined ? 'panel' : 'discussion';
}
