// Round 31f: a text announcing dialogues with candidates may date the election they lead to
// ("The election of the President of the 73rd session of the General Assembly will take place on
// Tuesday, 5 June 2018", `L'élection du Secrétaire général aura lieu le …`, `La elección del
// Presidente tendrá lugar el …`) while it dates its own meeting by a month only ("in early May
// 2018"). A sentence whose subject is an election dates that election, not the meeting: the
// meeting's date stays as far as the text dates it.
const ELECTION_SUBJECT =
  /^(?:the|l['’]|la)\s*(?:election|élection|elección)\s+(?:of|du|de|de\s+la|des|del)(?![\p{L}])[^.;]{0,160}?(?<![\p{L}])(?:will|shall|is\s+(?:scheduled|expected)|aura|se\s+tiendra|tendrá|se\s+celebrará|se\s+llevará)(?![\p{L}])/iu;

/** Whether `sentence` has an election as its subject, before its verb. */
export function subjectIsElection(sentence: string): boolean {
  return ELECTION_SUBJECT.test(sentence.trimStart());
}
