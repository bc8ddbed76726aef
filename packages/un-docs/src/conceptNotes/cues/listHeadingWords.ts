import { chineseHeadingTopic, ZH_OTHER } from './headingWordsZh.js';
// What a heading or a lead-in is about, from a small vocabulary in the UN languages rather
// than from listed phrases: a heading holding a word about questions, issues or discussion
// ("Focus of the discussion", "Ejes de la discusión", "Вопросы для обсуждения") opens the
// discussion points; one holding a word about aims ("What the meeting hopes to achieve")
// opens the objectives. A word about the note's other sections (background, format,
// outcome, programme, participation) rules a heading out.

const POINT_WORDS = new Set([
  'question',
  'questions',
  'issue',
  'issues',
  'point',
  'points',
  'discussion',
  'discussions',
  'guidance',
  'guiding',
  'reflection',
  'reflections',
  'topic',
  'topics',
  'consideration',
  'réflexion',
  'pistes',
  'axes',
  'discussions',
  'débat',
  'débats',
  'preguntas',
  'pregunta',
  'cuestiones',
  'temas',
  'discusión',
  'ejes',
  'reflexión',
  'вопросы',
  'обсуждения',
  'أسئلة',
  'المسائل',
  '问题',
]);
const OBJECTIVE_WORDS = new Set([
  'objective',
  'objectives',
  'aim',
  'aims',
  'purpose',
  'purposes',
  'goal',
  'goals',
  'achieve',
  'objectif',
  'objectifs',
  'but',
  'buts',
  'atteindre',
  'finalité',
  'objetivo',
  'objetivos',
  'finalidad',
  'propósito',
  'lograr',
  'alcanzar',
  'цели',
  'задачи',
  'أهداف',
  '目标',
]);
const OTHER_SECTIONS = new Set([
  'background',
  'context',
  'format',
  'outcome',
  'outcomes',
  'programme',
  'program',
  'agenda',
  'participation',
  'speakers',
  'briefers',
  'modalities',
  'logistics',
  'venue',
  'history',
  'contexte',
  'historique',
  'modalités',
  'résultat',
  'programme',
  'participants',
  'antecedentes',
  'contexto',
  'formato',
  'resultado',
  'programa',
  'modalidades',
  'participación',
  'expected',
  'attendu',
  'esperado',
]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

export type HeadingTopic = 'points' | 'objectives' | null;

// Round 13b: a newsletter's table of contents ("In this issue", "Topics in this issue",
// `Dans ce numéro`, `Temas de este número`) lists the publication's articles; its "issue" is
// the number of the publication, not a matter for discussion.
const THIS_ISSUE =
  /(?<![\p{L}])(?:this|current|today['’]s)\s+(?:issue|edition)(?![\p{L}])|(?<![\p{L}])(?:ce|cette)\s+(?:numéro|édition)(?![\p{L}])|(?<![\p{L}])(?:este|esta)\s+(?:número|edición)(?![\p{L}])/iu;

/** Does a heading name another section of the note ("Participation", "Format", "Outcome")? */
export function namesOtherSection(text: string): boolean {
  if (/\p{Script=Han}/u.test(text)) return ZH_OTHER.test(text);
  return THIS_ISSUE.test(text) || words(text).some((word) => OTHER_SECTIONS.has(word));
}

// Round 36h: "panel discussions" are the parts a meeting is held in, not a matter to discuss: a
// heading "High-level Panel Discussions" lists the panels (and their themes), not points;
// "Guiding questions for the panel discussion" still opens points by its "questions".
const PANEL_DISCUSSIONS = /(?<![\p{L}])panel\s+discussions?(?![\p{L}])/giu;

/** What a short heading or lead-in (at most 12 words) introduces, by its words alone. */
export function headingTopic(text: string): HeadingTopic {
  // Round zh: a Chinese heading is one word to the split above; it is read by its parts.
  if (/\p{Script=Han}/u.test(text)) return chineseHeadingTopic(text);
  const found = words(text.replace(PANEL_DISCUSSIONS, 'panel'));
  if (found.length === 0 || found.length > 12) return null;
  if (THIS_ISSUE.test(text) || found.some((word) => OTHER_SECTIONS.has(word))) return null;
  const objectives = found.some((word) => OBJECTIVE_WORDS.has(word));
  const points = found.some((word) => POINT_WORDS.has(word));
  if (points && !objectives) return 'points';
  if (objectives && !points) return 'objectives';
  return null;
}
