// Round h12t: a page's headline may name the meeting's subject and then, after a colon or a dash,
// what the page itself holds ("Panel on X: the questions put to delegations", `Réunion-débat sur
// X : les questions soumises aux délégations`, "X – guiding questions and programme", `X: nota
// conceptual`). That tail is about the text, not the meeting, and is no part of the theme.

const ARTICLE = String.raw`(?:(?:the|les|la|le|los|las|el|our|nos|nuestras?)\s+)?`;
const TEXT_PART = String.raw`(?:(?:guiding|key|main|suggested)\s+)?(?:questions?|preguntas?|cuestiones|concept\s+note|note\s+(?:conceptuelle|de\s+cadrage)|nota\s+conceptual|programme|program|programa|agenda|background(?:\s+note)?|what\s+to\s+expect|ce\s+qu['’]il\s+faut\s+savoir|lo\s+que\s+hay\s+que\s+saber)`;
const TEXT_TAIL = new RegExp(
  String.raw`\s*(?:\s:|:|\s[–—-])\s+${ARTICLE}${TEXT_PART}(?![\p{L}])[^:–—]{0,80}$`,
  'iu',
);

/** `subject` without a headline's tail naming what the page holds, or as it is. */
export function withoutTextTail(subject: string): string {
  const tail = TEXT_TAIL.exec(subject);
  return tail && tail.index >= 8 ? subject.slice(0, tail.index) : subject;
}
