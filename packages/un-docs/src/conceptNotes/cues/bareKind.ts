import { findDates } from '../../dates/findDates.js';
import { recordsPast } from '../sentenceTense.js';
import {
  englishQualifiers,
  frequencyQualifiers,
  LENGTHS,
  ROMANCE_FREQUENCY,
} from './formatQualifiers.js';

const LEVELS = ['high-level', 'ministerial-level', 'ambassadorial-level'];
import { DAY, FROM_DAY, OPENS, WORK_OF } from './opensOwnSession.js';
import { placedByRelativeDay } from './relativeDay.js';
import { BEGINS_NOW } from './beginsOnDay.js';
import { EXCHANGE_KIND, exchangeKind } from './bareExchange.js';

// Round 27a: a web page, press release or news item may name the meeting it announces by a bare
// kind outside the vocabulary of formats: the session a body holds or opens (`tiendra sa
// vingt-septième session ordinaire`, `inaugurará su septuagésimo período de sesiones`), one of
// the Economic and Social Council's segments ("The Coordination Segment … will take place on 31
// January", `la serie de sesiones de coordinación se celebrará`), a debate a news item names by
// its day (`el debate de este martes`). The kind is read by the sentence's grammar, not by a
// list of names: it heads the object of a verb of holding or opening, or the subject of a verb
// of taking place, in a sentence that gives a day; or it is named by its day. The word before
// it ("Coordination", "vingt-septième") names its purpose or number, not its level: the format
// is the bare kind, in English (round 31f: but a frequency, below). Spanish `sesión` is a meeting, `período de sesiones` a session.

// Round 31f (decided at round 31c's merge): a Spanish `sesión` numbered by an ordinal, of a body
// that holds numbered sessions (`la trigésima quinta sesión del Consejo de Derechos Humanos`), is
// a session; a plain `sesión` stays a meeting.
const ES_ORDINAL = String.raw`(?:primer|segund|tercer|cuart|quint|sext|s[ée]ptim|octav|noven|d[ée]cim|und[ée]cim|duod[ée]cim|vig[ée]sim|trig[ée]sim|cuadrag[ée]sim|quincuag[ée]sim|sexag[ée]sim|septuag[ée]sim|octog[ée]sim|nonag[ée]sim)[oa]|\d+\.?[ªº]`;
// Session 26 (round t41c): the ordinal as the Spanish style book prints it (`la 41.ª sesión`), and
// the body named as news items name it (`del máximo órgano intergubernamental de la ONU en materia
// de derechos humanos`, `del principal órgano`).
// Round 35p: or named by the body's own `su` (`celebra … su 23ª Sesión Regular`), its body being
// the verb's subject.
const NUMBERED_SESION = String.raw`(?:(?<=(?<![\p{L}])(?:${ES_ORDINAL})\s+)sesi[óo]n(?=\s+(?:del|de\s+la)\s+(?:Consejo|Asamblea|Comisi[óo]n|Comit[ée]|Conferencia|Junta|(?:m[áa]ximo\s+|principal\s+)?(?:[óo]rgano|organismo))(?![\p{L}]))|(?<=(?<![\p{L}])su\s+(?:${ES_ORDINAL})\s+)sesi[óo]n)`;
// Round 33: Spanish news call a segment `segmento` (`abre hoy … el segmento anual de actividades
// operativas del Consejo Económico y Social`), the UN's own Spanish `serie de sesiones`.
const KINDS = String.raw`(?<segment>segments?|segmentos?|series?\s+de\s+sesiones)|(?<session>sessions?|périodes?\s+de\s+sessions|períodos?\s+(?:extraordinarios?\s+)?de\s+sesiones|${NUMBERED_SESION})|(?<debate>debates?|débats?)`;
const KIND = String.raw`(?<kind>${KINDS})(?![\p{L}])`;
// Round t43a: where a sentence announces its meeting, a panel or a discussion too
// (cues/bareExchange.ts); not where a kind is merely named (ANY_KIND, BY_DAY).
const ANNOUNCED = String.raw`(?<kind>${KINDS}|${EXCHANGE_KIND})(?![\p{L}])`;
// Round 31f (decided at round 31c's merge): a frequency word with the kind says how often it
// meets, as "annual" does in `annual session`, and is kept: "its monthly session", "the annual
// Humanitarian Affairs Segment" (among the words before the kind), `sa session mensuelle`,
// `son débat général annuel`, `la serie de sesiones anual` (in French and Spanish after it, one
// word at most between). Other words there still name a purpose or number and are dropped.
const FREQUENCY_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}]+)?\s+${ROMANCE_FREQUENCY}(?![\p{L}])`,
  'iu',
);
// An article, a possessive or a demonstrative, then up to five words: a number, a purpose
// ("Operational Activities for Development").
// Session 26 (round t41c): a number written as the Spanish style book writes it (`41.ª`) is one word.
const HEAD = String.raw`(?:the|this|its|their|a|an|le|la|l['’]|sa|son|leur|cette|ce|el|su|sus|este|esta|un|una|une)\s+(?:(?:\d+\.[ªº]|[\p{L}\d'’-]+)\s+){0,5}?`;

// Round 36h: also in a press summary's reported future ("would convene its sixty-eighth session").
// Round h13t: and a session that "will feature" or "will include" it ("The 78th session … will
// feature the High-Level General Debate from 19th September"), as round 22 reads a month's
// programme that will feature a meeting (themePlaced.ts).
const HOLDS = String.raw`(?:(?:will|shall)\s+(?:hold|open|convene|host|begin|start|resume|feature|include)|would\s+(?:convene|open|hold)|holds|opens|convenes|tiendra|tiendront|ouvrira|ouvre|tient|convoquera|reprendra|celebrará|inaugurará|inaugura|abrirá|abre|celebra|convocará|iniciará|reanudará|${OPENS})`;
// Round t43a: a session that “will convene” on its day takes place as one that “will open”.
const TAKES_PLACE = String.raw`(?:(?:will|shall)\s+(?:take\s+place|be\s+held|be\s+convened|convene|open|begin|start)|is\s+scheduled|se\s+tiendra|aura\s+lieu|s['’]ouvrira|se\s+déroulera|débutera|se\s+celebrará|tendrá\s+lugar|se\s+inaugurará|se\s+llevará\s+a\s+cabo|comenzará|se\s+realizará)`;

const OBJECT = new RegExp(String.raw`(?<![\p{L}])${HOLDS}\s+${HEAD}${ANNOUNCED}`, 'iu');
// Round 31c: the verb of holding or opening may come with a modal of what is due (`doit ouvrir`,
// `devrait tenir`, `debe abrir`, "is due to open"), and French and Spanish set the meeting's day
// between the verb and its object (`doit ouvrir mardi 19 septembre 2017 son débat général`,
// `debe abrir el martes 14 de septiembre de 2027 su período de sesiones`): the words between
// must be a date and nothing else.
const DUE = String.raw`(?:(?:doit|doivent|devrait|devraient|va|vont)\s+(?:ouvrir|tenir|entamer)|(?:debe|deben|deberá|deberán|va\s+a|van\s+a)\s+(?:abrir|celebrar|inaugurar|iniciar)|(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+)?to\s+(?:open|hold|convene|begin))`;
const OBJECT_AFTER_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:${HOLDS}|${DUE})\s+(?<day>[^,.;:]{3,48}?)\s+${HEAD}${ANNOUNCED}`,
  'iu',
);
const OBJECT_DUE = new RegExp(String.raw`(?<![\p{L}])${DUE}\s+${HEAD}${ANNOUNCED}`, 'iu');

// Round 33: with the day, how the meeting is held (`abre hoy de forma virtual el segmento`,
// `celebra mañana de forma presencial su período de sesiones`, `ouvrira demain en format hybride
// sa session`, "opens today, virtually, its session"): a manner, not another object.
const MANNER = String.raw`(?:de\s+(?:forma|manera|modo)\s+(?:virtual|presencial|h[íi]brida|remota|telem[áa]tica)|en\s+formato?\s+\p{L}+|de\s+(?:façon|manière)\s+(?:virtuelle|hybride|présentielle)|en\s+(?:ligne|visioconférence|présentiel)|virtually|in\s+person|online)`;
// Round 35p: or a span from that day and the session's work (cues/opensOwnSession.ts).
// Round t43a: the date may stand in brackets after the day it places (“today (24 September)”).
const BETWEEN_ONLY = new RegExp(
  String.raw`^(?:\s|,|[()]|(?:el|le|the|on)(?![\p{L}])|${DAY}|${MANNER}(?![\p{L}])|${FROM_DAY}|${WORK_OF}(?![\p{L}]))*$`,
  'iu',
);

/** The object of a verb of holding, after the meeting's day or a modal of what is due. */
function objectAfterDay(sentence: string): RegExpExecArray | null {
  const due = OBJECT_DUE.exec(sentence);
  if (due) return due;
  const found = OBJECT_AFTER_DAY.exec(sentence);
  const day = found?.groups?.day ?? '';
  const dates = findDates(day);
  // The date must fill the words between: "mardi 19 septembre 2017", `el martes 14 de …`; round
  // 33: or a day named relative to the text's (`hoy`, `mañana`), with the manner of meeting.
  const rest = [...dates]
    .reverse()
    .reduce((words, { index, end }) => words.slice(0, index) + words.slice(end), day);
  const dayGiven = dates.length > 0 || placedByRelativeDay(day);
  return found && dayGiven && BETWEEN_ONLY.test(rest) ? found : null;
}
// Round w36ct: or of beginning, in the present, on the day the sentence gives (`Le … débat général
// … débute ce 19 septembre`, cues/beginsOnDay.ts).
const SUBJECT = new RegExp(
  String.raw`^${HEAD}${ANNOUNCED}[^]{0,200}?(?<![\p{L}])(?:${TAKES_PLACE}|${BEGINS_NOW})(?![\p{L}])`,
  'iu',
);
// Round 31c: a main clause after a dateline and a subordinate clause ("New York, 20 June 2022 –
// As the number of people in need soars, the annual Humanitarian Affairs Segment of the Economic
// and Social Council will convene this week"): the kind, its subject after a comma, meets.
const CLAUSE_SUBJECT = new RegExp(
  String.raw`,\s+${HEAD}${ANNOUNCED}(?:\s+${ROMANCE_FREQUENCY})?(?:\s+(?:of|on|du|de|del|sobre)\s+[^,;.]{0,120}?)?\s+(?:(?:will|shall)\s+(?:convene|meet)|se\s+réunira|se\s+reunirá)(?![\p{L}])`,
  'iu',
);
// Round 31f: French and Spanish set the verb of taking place before its subject, a place
// possibly between (`Del 6 al 23 de junio tendrá lugar en Ginebra la trigésima quinta sesión`).
const INVERTED_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}])${TAKES_PLACE}\s+(?:(?:en|à)\s+\p{Lu}[\p{L}-]+\s+)?${HEAD}${ANNOUNCED}`,
  'iu',
);
// Round w36ct: or the Spanish "will begin" set before its object, a place between (`se dará inicio
// en Ginebra, sede europea de las Naciones Unidas, a la trigésima primera sesión del Consejo`, `dará
// comienzo … al período de sesiones`).
const BEGINS_OBJECT = new RegExp(
  String.raw`(?<![\p{L}])(?:se\s+)?dará\s+(?:inicio|comienzo)\s+(?:[^.;]{0,100}?\s+)?(?:a|al)\s+(?:${HEAD})?(?:\d+\.?[ºª]\s+)?${ANNOUNCED}`,
  'iu',
);
// Round h12t: or a headline's present set before its subject, the article dropped as headlines
// drop it (`A partir de este martes se inicia debate de la 72ª Asamblea General`, `Mardi s'ouvre le
// débat général`), the day given in the sentence.
const BEGINS_INVERTED = new RegExp(
  String.raw`(?<![\p{L}])${BEGINS_NOW}\s+(?:${HEAD})?${ANNOUNCED}`,
  'iu',
);
const BY_DAY = new RegExp(
  String.raw`(?<![\p{L}])${HEAD}${KIND}\s+(?:de|del|of|on|du|d['’])\s+${DAY}(?![\p{L}])`,
  'iu',
);

const ANY_KIND = new RegExp(String.raw`(?<![\p{L}])${KIND}`, 'iu');

// Round h12t (decided in session 18): the General Assembly's and a forum's general debate keeps
// "general", as the UN names it ("the general debate", `le débat général`, `el debate general`),
// where the bare kind is the format; round 31f's frequency still qualifies it (`son débat général
// annuel`: `annual general debate`). It is no kind of the vocabulary: named in passing beside a
// meeting of the vocabulary ("the General Debate last September"), it is another meeting.
const GENERAL_BEFORE = /(?<![\p{L}])general\s+$/iu;
const GENERAL_AFTER = /^\s+(?:general|général)(?![\p{L}])/iu;

/** The English kind the bare kind at `at` in `text` is, "general debate" for a general one. */
function kindAt(text: string, at: number, groups: Record<string, string | undefined>): string {
  const kind = englishKind(groups);
  if (kind !== 'debate') return kind;
  const end = at + (groups.kind ?? '').length;
  const general =
    GENERAL_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ||
    GENERAL_AFTER.test(text.slice(end, end + 12));
  return general ? 'general debate' : kind;
}

/** Whether `text` names a session, a segment or a debate, by the bare kind. */
export function namesBareKind(text: string): boolean {
  return ANY_KIND.test(text);
}

/** The first bare kind `text` names, in English, or null. */
export function bareKindNamed(text: string): string | null {
  const found = ANY_KIND.exec(text);
  if (!found?.groups) return null;
  return kindAt(text, found.index + found[0].indexOf(found.groups.kind ?? ''), found.groups);
}

function englishKind(groups: Record<string, string | undefined>): string {
  if (groups.exchange !== undefined) return exchangeKind(groups);
  if (groups.segment !== undefined) return 'segment';
  return groups.session !== undefined ? 'session' : 'debate';
}

const SPECIAL_WORD = /(?<![\p{L}])(?:extraordinaire|extraordinari[oa]s?)(?![\p{L}])/iu;

/** Whether the session named at `at` (its words `named`) is a special one, in French or Spanish. */
function isSpecial(sentence: string, at: number, named: string): boolean {
  const after = sentence.slice(at + named.length, at + named.length + 20);
  return SPECIAL_WORD.test(named) || /^\s+extraordinaires?(?![\p{L}])/iu.test(after);
}

function givesDay(sentence: string): boolean {
  return findDates(sentence).length > 0 || placedByRelativeDay(sentence);
}

/** The bare kind (`session`, `segment`, `debate`) a sentence announces its meeting by, or null. */
export function announcedBareKind(sentence: string): string | null {
  if (recordsPast(sentence)) return null;
  const dated = givesDay(sentence)
    ? (OBJECT.exec(sentence) ??
      SUBJECT.exec(sentence) ??
      objectAfterDay(sentence) ??
      CLAUSE_SUBJECT.exec(sentence) ??
      INVERTED_SUBJECT.exec(sentence) ??
      BEGINS_OBJECT.exec(sentence) ??
      BEGINS_INVERTED.exec(sentence))
    : null;
  const found = dated ?? BY_DAY.exec(sentence);
  if (!found?.groups) return null;
  const at = found.index + found[0].indexOf(found.groups.kind ?? '');
  const kind = kindAt(sentence, at, found.groups);
  const before = sentence.slice(found.index, at);
  const after = FREQUENCY_AFTER.exec(sentence.slice(at + (found.groups.kind ?? '').length));
  const frequencies = frequencyQualifiers(`${before} ${after?.[0] ?? ''}`);
  // Round h13t: a level of the closed list before the kind is kept too, as a qualifier of the
  // vocabulary's kinds is ("the High-Level General Debate" → `high-level general debate`).
  // Round t42a: and its length ("a month-long session", the length convention), and a special
  // session, the kind the General Assembly and the Human Rights Council convene apart from their
  // regular ones ("a special session", `une session extraordinaire`, `un período extraordinario
  // de sesiones`).
  const special = kind === 'session' && isSpecial(sentence, at, found.groups.kind ?? '');
  const own = englishQualifiers(`${before}${special ? ' special' : ''}`).filter(
    (word) => LEVELS.includes(word) || LENGTHS.includes(word) || word === 'special',
  );
  const words = [...frequencies, ...own];
  return words.length > 0 ? `${words.join(' ')} ${kind}` : kind;
}
