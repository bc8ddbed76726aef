import { REPORTED } from '../sentenceTense.js';

// Round t43k: a verb of saying whose subject is a text (`The resolution – and subsequent
// resolutions 2419 (2018) and 2535 (2020) – … urged Member States …`, `Le rapport souligne …`,
// `El informe señaló …`) reports what a document says, not what speakers said at a meeting: a
// background paragraph recalling a resolution is no coverage of a meeting held.

const TEXT_SUBJECT =
  /^(?:(?:the|this|that|its|their|la|le|cette|ce|sa|son|el|este|esta|dicho|dicha|su)\s+|l['’]\s*)(?:[\p{L}-]+\s+){0,2}?(?:resolutions?|reports?|declarations?|decisions?|documents?|charter|conventions?|agenda|plan\s+of\s+action|résolutions?|rapports?|déclarations?|décisions?|resoluci[oó]n(?:es)?|informes?|declaraci[oó]n(?:es)?|decisi[oó]n(?:es)?)(?![\p{L}])/iu;

/** Whether the sentence opens on a text as its subject (a resolution, a report) before any verb of saying. */
export function textSpeaks(sentence: string): boolean {
  const subject = TEXT_SUBJECT.exec(sentence.trim());
  return subject !== null && !REPORTED.test(subject[0]);
}
