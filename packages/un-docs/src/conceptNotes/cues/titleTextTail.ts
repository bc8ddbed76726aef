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

// Round t42b: a headline may name the meeting's kind and then only what the page holds, with no
// subject before it ("Panel discussion: the questions put to delegations", `Réunion-débat : les
// questions soumises aux délégations`, `Diálogo interactivo: las preguntas orientadoras`,
// "Open debate – guiding questions"): what is left once the kind is taken off names the text,
// not a theme. The questions in the plural only, and said of the page's readers or purpose after
// them ("submitted", "put to", `soumises`, `posées`, `sometidas`, "for delegations", "to guide
// …"), so that "Questions of sovereignty in the Arctic" or "the question of Palestine" stay themes.
const TEXT_PART_ALONE = new RegExp(
  String.raw`^${ARTICLE}(?:(?:(?:guiding|key|main|suggested)\s+)?(?:questions|preguntas|cuestiones)(?:\s+(?:directrices|orientadoras|d['’]orientation|guías))?(?:\s+(?:submitted|put|posed|circulated|for\s+(?:the\s+)?(?:delegations?|discussion|debate|dialogue|panel|meeting)|to\s+guide|soumises|posées|transmises|diffusées|adressées|pour\s+(?:guider|orienter|les\s+délégations)|sometidas|planteadas|formuladas|para\s+(?:orientar|guiar|las\s+delegaciones))(?![\p{L}])[^:;.]{0,60})?|concept\s+note|note\s+(?:conceptuelle|de\s+cadrage)|nota\s+conceptual)\s*$`,
  'iu',
);

/** Whether `value` names only a part of the text (its questions, its concept note), no subject. */
export function namesTextPartAlone(value: string): boolean {
  return TEXT_PART_ALONE.test(value.trim());
}
