import type { Cue } from './Candidate.js';
import { themed } from './themed.js';
import { placed } from './themePlaced.js';

// Round t41b: a letter announces the meeting's theme after a colon, as "the following theme"
// (`un débat public consacré au thème suivant : La résilience climatique …`, "an open debate on
// the following theme: …", `un debate abierto sobre el siguiente tema: …`, `con el tema
// siguiente: …`). The words up to the colon name the kind of subject, not the subject: they are
// skipped between the meeting's link and its subject, as "the theme of" already is (subjectOf.ts).

/** "the following theme:" and its French and Spanish forms, with the colon, as a regex source. */
// Round t43b: with the theme's rank between ("the following priority theme:", `le thème
// prioritaire suivant :`, `el siguiente tema prioritario:`), as a commission names its session's.
const RANK = String.raw`(?:\s+(?:priority|main|overall|central|overarching|prioritaire|principal|central|général|prioritario|general))?`;
export const FOLLOWING_THEME = String.raw`(?:(?:the\s+)?following${RANK}\s+(?:theme|topic|subject|title)|(?:(?:le|la|l['’])\s*)?(?:thème|sujet|question|titre|intitulé)${RANK}\s+suivante?|(?:(?:el|la)\s+)?(?:siguiente\s+(?:tema|asunto|cuestión|título|lema)${RANK}|(?:tema|asunto|cuestión|título|lema)${RANK}\s+siguiente))\s*:\s*`;

// The theme is often set on a line of its own under that sentence ("… an open debate on the
// following theme:" / "“Maintenance of international peace and security: …”"), and a PDF's
// lines end the sentence at the colon: the sentence after one ending on "the following theme:"
// is the theme, and the words before the colon are none (subjectOf.ts).
const ENDS_ON_FOLLOWING = new RegExp(String.raw`(?<![\p{L}])${FOLLOWING_THEME}$`, 'iu');
const WORDS_ALONE = new RegExp(
  String.raw`^${FOLLOWING_THEME.replace(/\\s\*:\\s\*$/u, '')}\s*:?$`,
  'iu',
);

/** Whether `subject` is only the words "the following theme" (its colon ending the sentence). */
export function isFollowingThemeAlone(subject: string): boolean {
  return WORDS_ALONE.test(subject.trim());
}

export const followingThemeLine: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }, index) => {
    const next = sentences[index + 1]?.text.trim();
    if (!ENDS_ON_FOLLOWING.test(text.trim()) || !next || next.length < 4 || next.length > 300)
      return [];
    return [themed(next.replace(/\.$/u, ''), placed(0.6, text), text, 'followingThemeLine')];
  });

// Round t43b: the theme after "the following theme:" in the same sentence, whatever verb names
// it ("The session will address the following priority theme: X.", `La Commission examinera le
// thème prioritaire suivant : X.`, `El foro abordará el siguiente tema: X.`), to the sentence's
// end, colons within it included: the words before the colon say it is the theme, as "the theme
// is" does (themeIs, 0.8). Not a list ("the following themes:"), which names no one theme, nor
// "the following question:" put to participants (`répondre à la question suivante : Comment …`).
const FOLLOWED_IN_SENTENCE = new RegExp(
  String.raw`(?<![\p{L}])${FOLLOWING_THEME}(?=\S)(.{4,300}?)\.?$`,
  'iu',
);

export const followingThemeInSentence: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const found = FOLLOWED_IN_SENTENCE.exec(text.trim());
    const words = found && !/question|cuestión/iu.test(found[0]) ? found[1] : undefined;
    return words ? [themed(words, placed(0.8, text), text, 'followingThemeInSentence')] : [];
  });
