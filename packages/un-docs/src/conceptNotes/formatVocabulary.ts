// The vocabulary of meeting formats: what each kind is called in the UN languages, and the
// English name it is reported by. `findFormat.ts` reads a note with it; other cues use it to
// tell a meeting word from other words.
import { PURPOSE_BEFORE_KIND } from './cues/meetingPurposes.js';
import { RU_AR } from './formatVocabularyRuAr.js';
import { ZH } from './formatVocabularyZh.js';

// Meeting formats by their usual names in English, French and Spanish, reported in English.
// A "Format:" field is surest, then the form the note says its meeting takes; otherwise the
// earliest specific one mentioned wins, and a bare "debate" counts only as "a debate on/of …".
// The same meeting gives the same format in every language: "table ronde" and "mesa redonda"
// are round tables, as "round table" is, and "réunion-débat" is a panel discussion; but the
// Human Rights Council's Spanish documents call its panel discussions "mesas redondas"
// (its French ones "réunions-débats"), so there a "mesa redonda" is a panel discussion.

export const FORMATS: readonly [RegExp, string][] = [
  [
    new RegExp(
      String.raw`\bArria[-\s]formula\b|\bArria\s+meeting\b|\bformule Arria\b|\bf[oó]rmula Arria\b|${RU_AR.arria}|${ZH.arria}`,
      'iu',
    ),
    'Arria-formula meeting',
  ],
  [
    new RegExp(
      String.raw`\bhigh-level\s+(?:plenary\s+)?${PURPOSE_BEFORE_KIND}meeting\b|\bréunion de haut niveau\b|\breunión de alto nivel\b|${RU_AR.highLevel}|${ZH.highLevel}`,
      'iu',
    ),
    'high-level meeting',
  ],
  // Round 22: a Spanish or French kind may hold its qualifier between its words (`debate
  // ministerial abierto`, `debate anual abierto`, `débat annuel public`); the qualifier is read
  // from inside the kind (`formatQualifiers.ts`).
  // Round w36at: French news call it `débat ouvert` as often as the UN's own `débat public`.
  [
    new RegExp(
      String.raw`\bopen\s+debate\b|\bdébat\s+(?:(?:annuel|ministériel|thématique)\s+)?(?:public|ouvert)\b|\bdebate\s+(?:(?:anual|ministerial|temático)\s+)?abierto\b|${RU_AR.openDebate}|${ZH.openDebate}`,
      'iu',
    ),
    'open debate',
  ],
  // The Council's and the Assembly's public meetings that are not debates ("an open meeting
  // on …"); "open meetings" in the plural, the Council's practice, are not announced.
  // Round 32: Spanish news say `sesión abierta` as often as `sesión pública`.
  [
    /\bopen\s+meeting(?!s)\b|\bséance publique\b|\bsesión (?:pública|abierta)(?!s)\b/iu,
    'open meeting',
  ],
  [
    /\binteractive\s+dialogue\b|\bdialogue interactif\b|\bdiálogo interactivo\b/iu,
    'interactive dialogue',
  ],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.interactive, 'u'), 'interactive dialogue'],
  [/\binteractive\s+debate\b|\bdébat interactif\b|\bdebate interactivo\b/iu, 'interactive debate'],
  [/\bhigh-level\s+dialogue\b/iu, 'high-level dialogue'],
  [
    /\bhigh-level\s+segment\b|\bdébat de haut niveau\b|\bserie de sesiones de alto nivel\b/iu,
    'high-level segment',
  ],
  [
    /\bhigh-level\s+thematic\s+debate\b|\bdébat thématique(?:\s+\p{L}+)?\s+de haut niveau\b|\bdebate temático(?:\s+\p{L}+)?\s+de alto nivel\b/iu,
    'high-level thematic debate',
  ],
  // Round 15b: a thematic debate without "high-level" is a kind of its own, not a bare "debate".
  [/\bthematic\s+debate\b|\bdébat thématique\b|\bdebate temático\b/iu, 'thematic debate'],
  // Round w38at: not the second half of a compound (“will serve as a de-briefing on …”).
  [
    new RegExp(
      String.raw`(?<![\p{L}]-)\b(?:open\s+)?briefing\b(?!\s+(?:note|paper|by|from))|\bséance d['’]information\b|\bsesión informativa\b|${RU_AR.briefing}|${ZH.briefing}`,
      'iu',
    ),
    'briefing',
  ],
  [
    new RegExp(
      String.raw`\bpanel\s+discussion\b|\bréunion-débat\b|\bdebate de expertos\b|\bdebate de panel\b|${RU_AR.panel}`,
      'iu',
    ),
    'panel discussion',
  ],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.panel, 'u'), 'panel discussion'],
  [
    /\bambassadorial-level\s+meeting\b|\bréunion au niveau des ambassadeurs\b|\breunión a nivel de embajadores\b/iu,
    'ambassadorial-level meeting',
  ],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.ambassadorial, 'u'), 'ambassadorial-level meeting'],
  [/\bspecial\s+meeting\b|\bréunion spéciale\b|\breunión especial\b/iu, 'special meeting'],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.special, 'u'), 'special meeting'],
  // Round 17b: a meeting named by its length, the Human Rights Council's "annual full-day
  // meeting" (`réunion annuelle d'une journée`), keeps that kind though it consists of panels
  // (decided at round 17's merge); a duration (`de un día de duración`) stays no qualifier.
  [
    /\bfull[- ]day\s+meeting\b|\bréunion(?:\s+annuelle)?\s+d['’]une\s+journée\b|\breunión(?:\s+anual)?\s+de\s+un\s+día\b(?!\s+de\s+duración)/iu,
    'full-day meeting',
  ],
  // Round 31a: in French and Spanish the level follows the kind (`une réunion ministérielle`,
  // `una reunión ministerial`).
  [
    new RegExp(
      String.raw`\bministerial\s+meeting\b|\bréunion ministérielle\b|\breunión ministerial\b|${RU_AR.ministerial}|${ZH.ministerial}`,
      'iu',
    ),
    'ministerial meeting',
  ],
  [/\bannual\s+session\b|\bsession annuelle\b|\bperíodo de sesiones anual\b/iu, 'annual session'],
  // Round 15a: `réunion plénière` and `reunión plenaria` as well as `séance`/`sesión`.
  [
    // Round w36at: the Assembly's plenary named as a meeting by the noun alone ("I will convene
    // the UN General Assembly formal plenary on Thursday", "a General Assembly plenary on X"), not
    // a part of another meeting ("the plenary segment") or where statements are made ("in plenary").
    /\bplenary\s+meeting\b|\b(?:séance|réunion) plénière\b|\b(?:sesión|reunión) plenaria\b|(?<=(?:formal|informal|Assembly)\s)plenary(?!\s+(?:meeting|segment|session|hall|debate|part|room|sitting|statements?)\b)\b/iu,
    'plenary meeting',
  ],
  [
    new RegExp(
      String.raw`\bhigh-level\s+${PURPOSE_BEFORE_KIND}event\b|\bmanifestation de haut niveau\b|\bevento de alto nivel\b`,
      'iu',
    ),
    'high-level event',
  ],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.highLevelEvent, 'u'), 'high-level event'],
  // Round h12t: also hyphenated, as NGO pages print it ("HRC Side- Event", "a side-event").
  [/\bside[\s-]+event\b|\bmanifestation parallèle\b|\bevento paralelo\b/iu, 'side event'],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.sideEvent, 'u'), 'side event'],
  // Session 26: how it is attended may stand between its words and is left out, as "hybrid" and
  // "virtual" are (cues/heldAsBareMeeting.ts): "Informal virtual meeting", `réunion virtuelle
  // informelle`, `reunión virtual oficiosa` (h6/h11's CSW page, decided by its readers' majority).
  [
    /\binformal\s+(?:(?:virtual|hybrid|online|in-person)\s+)?(?:plenary\s+)?meeting\b|\bréunion\s+(?:(?:virtuelle|hybride|en\s+ligne)\s+)?informelle\b|\breunión\s+(?:(?:virtual|híbrida|en\s+línea)\s+)?oficiosa\b/iu,
    'informal meeting',
  ],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.informal, 'u'), 'informal meeting'],
  [
    /\binformal\s+dialogue\b|\bdialogue informel\b|\bdiálogo oficioso\b|\bdiálogo informal\b/iu,
    'informal dialogue',
  ],
  [/\bjoint\s+meeting\b|\bréunion conjointe\b|\breunión conjunta\b/iu, 'joint meeting'],
  [
    /\binter-?sessional\s+meeting\b|\bréunion intersessions\b|\breunión entre períodos de sesiones\b/iu,
    'intersessional meeting',
  ],
  // Round 32: an intersessional seminar or dialogue keeps its kind, as the note names it (the
  // format convention; the ninth holdout's three readers). Round 33: UN pages often hyphenate it
  // ("a one-day inter-sessional seminar"), reported as the vocabulary spells it.
  [/\binter-?sessional\s+seminar\b|\bséminaire intersessions\b/iu, 'intersessional seminar'],
  [/\binter-?sessional\s+dialogue\b|\bdialogue intersessions\b/iu, 'intersessional dialogue'],
  [/\bround[\s-]?table\b|\btable[\s-]ronde\b|\bmesa redonda\b/iu, 'round table'],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.roundTable, 'u'), 'round table'],
  [/\b(?:commemorative|solemn)\s+meeting\b/iu, 'commemorative meeting'],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.commemorative, 'u'), 'commemorative meeting'],
  [/\b(?:multi-)?stakeholder\s+hearing\b/iu, 'multi-stakeholder hearing'],
  // Round 29: the General Assembly's "informal interactive hearings" (with civil society, NGOs
  // and the private sector) are one meeting named in the plural, its kind as the UN names it,
  // so the plural stays (PLURAL leaves it); "informal" and "interactive" are its qualifiers.
  [/(?<=\binteractive,?\s+)hearings\b/iu, 'hearings'],
  // Round 36h: one of them named in the singular ("an informal interactive hearing with civil
  // society on X") is a hearing, as the note names it.
  [/(?<=\binteractive,?\s+)hearing(?!s)\b/iu, 'hearing'],
  [/\bwrap-up\s+session\b/iu, 'wrap-up session'],
  [/\bworkshop\b|\batelier\b|\btaller\b/iu, 'workshop'],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.workshop, 'u'), 'workshop'],
  // Round w38bt: a town hall, the President's open meeting with Member States and civil society
  // ("will convene the annual informal townhall", "Town hall: X"), is a kind of its own, reported
  // as one word, however the note spells it; named "town hall meeting", it is reported so (round
  // w38at, below; both rounds' readings kept at their merge: the kind as the note names it).
  [/\btown[\s-]?hall(?!\s+meeting)(?!s)\b/iu, 'townhall'],
  // Round 24 (decided at round 21's merge): a meeting called as an emergency or urgent one
  // ("an emergency meeting", `une réunion d'urgence`, `una sesión de emergencia a puerta
  // cerrada`, `una reunión urgente`) is a meeting: neither word is a qualifier of the closed
  // list, nor is "closed" (`à huis clos`, `a puerta cerrada`), so its format is the bare kind.
  [
    /\b(?:emergency|urgent)\s+meeting\b|\b(?:réunion|séance)\s+(?:d['’]urgence|urgente)(?![\p{L}])|\b(?:reunión|sesión)\s+(?:de\s+(?:emergencia|urgencia)|urgente)(?![\p{L}])/iu,
    'meeting',
  ],
  // Round w38at: a town hall meeting, where participants put questions to the panel, is a kind
  // of its own ("The session will be organized as a townhall meeting"), reported as
  // `townhall meeting`, the HLPF's own spelling.
  [/\btown[\s-]?hall\s+meeting\b/iu, 'townhall meeting'],
  // Round w38at: a policy dialogue is a kind, as a title line names it (round 12a's “High-level
  // policy dialogue with …”, round 25b's “Policy Dialogue 4: …”), also in a sentence (“will host
  // a policy dialogue”, “the second of three preparatory Policy Dialogue”); a bare “dialogue”
  // stays no kind, being the word for many exchanges that are no meeting.
  [/\bpolicy\s+dialogues?\b|\bdiálogos?\s+(?:de|sobre)\s+políticas\b/iu, 'policy dialogue'],
  // Round 21: the forum an envoy is accredited to (`la embajadora … ante el foro mundial`,
  // `l'ambassadeur … auprès du forum mondial`) is the United Nations in news style, no meeting.
  [/(?<!(?:ante\s+el|auprès\s+du)\s+)(?:\bforum\b|\bfórum\b|\bforo\b)/iu, 'forum'],
  // Round zh: its Chinese name (formatVocabularyZh.ts).
  [new RegExp(ZH.forum, 'u'), 'forum'],
];
