import type { WideCandidate } from './wideThemeCandidates.js';

// Session 29 (docs/importing.md, "Wide theme candidates and a learned chooser"): a linear score
// over features of a wide candidate that name no particular text (where it came from, where it
// sits, how long it is, what it holds), learned from the corpus by scripts/trainTheme.ts. "None"
// is a choice with its own features: a note may state no theme. Not on the import path: it did
// not beat the rules on tuning notes, so only the measuring scripts call it.

export type Features = Map<string, number>;
export type Weights = Readonly<Record<string, number>>;

/** What the features read of the whole note. */
export interface NoteContext {
  lowered: string;
  script: string;
  /** Whether the note's cues read any theme, and how sure the surest was. */
  cueTop: number;
}

const MONTH =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b|\d+\s*月|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر/iu;
const CLOCK = /\b\d{1,2}(?:[:.h]\d{2})\b|\b[ap]\.m\.|\d+\s*[时點点]/iu;
const BODY =
  /security council|general assembly|human rights council|economic and social council|ecosoc|peacebuilding commission|conseil de sécurité|assemblée générale|conseil des droits|consejo de seguridad|asamblea general|consejo de derechos|совет безопасности|генеральн\p{L}* ассамбле|совет\p{L}* по правам|مجلس الأمن|الجمعية العامة|مجلس حقوق|安理会|安全理事会|联合国大会|人权理事会/iu;
const KIND =
  /\b(?:meeting|debate|briefing|dialogue|discussion|panel|session|event|forum|seminar|workshop|conference|consultations?|summit|arria|réunion|débat|séance|sommet|conférence|reunión|sesión|cumbre|conferencia|diálogo|заседани\p{L}*|дискусси\p{L}*|совещани\p{L}*|конференци\p{L}*)\b|اجتماع|مناقشة|جلسة|会议|辩论/iu;
const ARTICLE = /^(?:the|a|an|la|le|les|l['’]|el|los|las|un|une|una)\s/iu;
const FINITE =
  /\s(?:will|is|are|was|were|has|have|had|said|est|sont|sera|a|es|son|será|ha|будет|является|станет)\s/iu;
const LINK = /https?:|www\.|@|\.(?:org|com|int)\b/iu;

function bucket(value: number, edges: readonly number[]): string {
  const at = edges.findIndex((edge) => value <= edge);
  return at === -1 ? `>${edges[edges.length - 1] ?? 0}` : `≤${edges[at] ?? 0}`;
}

export function scriptOf(text: string): string {
  const sample = text.slice(0, 4000);
  const count = (pattern: RegExp) => (sample.match(pattern) ?? []).length;
  const counts: [string, number][] = [
    ['latin', count(/\p{Script=Latin}/gu)],
    ['cyrillic', count(/\p{Script=Cyrillic}/gu)],
    ['arabic', count(/\p{Script=Arabic}/gu)],
    ['han', count(/\p{Script=Han}/gu) * 3],
  ];
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function noteContext(text: string, cueTop: number): NoteContext {
  return { lowered: text.toLowerCase(), script: scriptOf(text), cueTop };
}

/** A candidate's features; `withCues` adds whether and how surely the cues proposed it. */
export function candidateFeatures(
  candidate: WideCandidate,
  context: NoteContext,
  withCues: boolean,
): Features {
  const features: Features = new Map();
  const on = (name: string, value = 1) => features.set(name, value);
  const { value } = candidate;
  const words = value.split(/\s+/u).filter(Boolean);
  const wordCount = context.script === 'han' ? Math.ceil(value.length / 3) : words.length;
  on('bias');
  for (const source of candidate.sources) {
    if (source === 'cue') continue;
    on(`src:${source}`);
    on(`src:${source}|${context.script}`);
  }
  on('sources', candidate.sources.size / 3);
  const sources = [...candidate.sources].filter((source) => source !== 'cue').sort();
  sources.forEach((a, index) => sources.slice(index + 1).forEach((b) => on(`src:${a}&${b}`)));
  for (const after of candidate.after) if (after) on(`after:${after}`);
  if (KIND.test(candidate.context)) on('contextKind');
  on(`line${bucket(candidate.line, [0, 1, 2, 5, 14, 98])}`);
  on(`words${bucket(wordCount, [2, 5, 12, 25, 50])}`);
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  on('caps', words.length > 0 ? capitalized / words.length : 0);
  if (/\d/u.test(value)) on('digit');
  if (MONTH.test(value)) on('month');
  if (CLOCK.test(value)) on('clock');
  if (BODY.test(value)) on('body');
  if (KIND.test(value)) on('kind');
  if (ARTICLE.test(value)) on('article');
  if (/^\p{Ll}/u.test(value)) on('lower');
  if (FINITE.test(` ${value} `)) on('finite');
  if (LINK.test(value)) on('link');
  if (/[:：]/u.test(value)) on('colon');
  if (/[.!?]\s/u.test(value)) on('sentences');
  const lowered = value.toLowerCase();
  const first = context.lowered.indexOf(lowered);
  if (first >= 0 && context.lowered.indexOf(lowered, first + 1) >= 0) on('repeated');
  const line = candidate.context.trim();
  if (line === value) on('wholeLine');
  else if (line.replace(/[\s.,;:”"»*]+$/u, '').endsWith(value)) on('endsLine');
  if (withCues && candidate.sources.has('cue')) {
    on('cue');
    on('cueConfidence', candidate.cueConfidence);
    if (candidate.cueChosen) on('cueChosen');
  }
  return features;
}

/** The features of choosing none. */
export function noneFeatures(context: NoteContext, count: number, withCues: boolean): Features {
  const features: Features = new Map([
    ['none', 1],
    [`none|${context.script}`, 1],
    ['none|fewCandidates', count < 8 ? 1 : 0],
  ]);
  if (withCues) {
    features.set('none|cuesEmpty', context.cueTop === 0 ? 1 : 0);
    features.set('none|cueTop', context.cueTop);
  }
  return features;
}

export function score(features: Features, weights: Weights): number {
  let total = 0;
  for (const [name, value] of features) total += (weights[name] ?? 0) * value;
  return total;
}

export interface ThemeChoice {
  /** The chosen candidate, null for none. */
  chosen: WideCandidate | null;
  /** The chosen option's share of the softmax over all options (none among them). */
  probability: number;
}

/** The best-scored candidate, or none when none scores higher, with how sure the model is. */
export function chooseTheme(
  candidates: readonly WideCandidate[],
  context: NoteContext,
  weights: Weights,
  withCues: boolean,
): ThemeChoice {
  let chosen: WideCandidate | null = null;
  const noneScore = score(noneFeatures(context, candidates.length, withCues), weights);
  const scores = candidates.map((candidate) =>
    score(candidateFeatures(candidate, context, withCues), weights),
  );
  let best = noneScore;
  scores.forEach((value, index) => {
    if (value > best) {
      best = value;
      chosen = candidates[index] ?? null;
    }
  });
  const total = [noneScore, ...scores].reduce((sum, value) => sum + Math.exp(value - best), 0);
  return { chosen, probability: 1 / total };
}
