import { isHeading } from '../text/splitBlocks.js';
import type { Candidate } from './cues/Candidate.js';
import { withoutOtherMonthsProducts } from './cues/datedProduct.js';
import { aboutOtherSitting } from './cues/otherSitting.js';
import { leavesProductUndecided } from './cues/undecidedProduct.js';
import { suggestsProduct } from './cues/suggestedProduct.js';
import { outcomeWillBe } from './cues/outcomeWillBe.js';
import { REPORT_PRODUCT } from './cues/reportProduct.js';
import { statesOutcome } from './cues/statedOutcome.js';
import { offersEitherProduct } from './cues/eitherProduct.js';
import { namesEmergingDocument } from './cues/emergingDocument.js';
import { namesMeetingsOwnReport } from './cues/meetingsOwnReport.js';
import { summaryAuthors } from './cues/summaryAuthors.js';
import { CHAIR_RAPPORTEUR_SUMMARY } from './cues/chairRapporteur.js';
import type { NoteSentence, NoteText } from './NoteText.js';
import { outcomeZh } from './cues/outcomeZh.js';
import { withoutFedProducts } from './cues/fedProduct.js';
import { looksAheadToProduct } from './cues/productAhead.js';
import { reportedToPlenary } from './cues/reportedToPlenary.js';
import { authoredSummary } from './cues/authoredSummary.js';
import { ownSummary, presidingOfficeIsChair } from './cues/ownSummary.js';

// The expected outcome, named the way the Council and the Assembly name their products.
// Failing that, a sentence that speaks of an outcome, or the opening sentence of an
// "Outcome" section, is returned as written.

// "The Council may consider a press statement", "Council members could consider issuing press
// elements", "pourrait adopter", "podría aprobar" (round 19: `pourrait donner lieu à`, `podría
// dar lugar a`): an outcome the note holds open. Round 16: one
// a forecast holds likely ("There is likely to be a chair's summary"), one due (`doit être
// adopté`) and one the meeting closes with (`se conclura par`, `concluirá con`, as "conclude with").
// Round 17: a product that "will be annexed to the report" is the outcome as one to be
// transmitted is.
// Round 25b: and one the presidency or members "may propose" ("The presidency may propose press
// elements following the briefing", `pourrait proposer`, `podría proponer`).
// Round 27a: and in the passive (`une déclaration présidentielle pourrait être adoptée demain`),
// as the Spanish `podría aprobarse` is read.
// Round t42d: a product someone "plans to" or "expects to" prepare ("Mexico plans to prepare a
// chair's summary") is ahead as one they "intend to" prepare is; the passive future and the
// adoption of a draft are read in cues/productAhead.ts.
const LOOKS_AHEAD =
  /\b(?:may|might|could)\s+(?:(?:also|then|wish to)\s+)?(?:consider|adopt|issue|agree|propose)\b|\b(?:pourrait|pourraient|podría|podrían)\s+(?:(?:également|también)\s+)?(?:examiner|envisager|adopter|publier|proposer|considerar|adoptar|aprobar|emitir|proponer|donner\s+lieu|dar\s+lugar)\b|\b(?:pourrait|pourraient)\s+être\s+(?:adopté|approuvé|publié)e?s?(?![\p{L}])|\boutcome\b|\bunder (?:consideration|discussion)\b|\b(?:not?|pas)\b[^.]{0,40}\b(?:negotiated document|document négocié|documento negociado)\b|\bis expected\b|\bare expected\b|\b(?:is|are)\s+likely\b|\bdoit\s+être\s+(?:adopté|approuvé)e?(?![\p{L}])|(?<![\p{L}])(?:se\s+conclura\s+par|concluirá\s+con)(?![\p{L}])|\b(?:is|are) intended\b|\bconclude with\b|\b(?:will|would|intends? to|plans? to|planning to|expects? to|requested\s.{0,120}?\bto)\s+(?:(?:aim|seek|try|endeavour|endeavor|hope|work|strive|look)\s+to\s+)?(?:be\s+)?(?:result in|feed into|inform\s+the|conclude with|lead to|approv|endorse|agree on|adopt|issue|circulat|prepar|propos|produc|shar|seek|pursue|negotiat|present|submit|publish|transmit|annex)|\b(?:devrait|devraient|debería|deberían)\s+(?:adopter|approuver|aprobar|adoptar)|\bsolicitó(?![\p{L}]).{0,160}\bque\s+(?:preparara|presentara)|\ba prié(?![\p{L}]).{0,160}\bd['’]?(?:établir|élaborer|présenter)|(?<![\p{L}])(?:document final|aucun document|entend proposer|publiera|établira|sera établi|documento final|preparará|publicará|se preparará|résumé|resumen|proponer|adoptar|aprobar|proposer|adopter)/iu;
const PRODUCTS: readonly [RegExp, string][] = [
  [
    // Round w37at: a State or presidency that does not foresee a final document (`Guyana no
    // prevé la adopción de un documento final`, `La Presidencia no contempla …`), as `no se prevé`.
    /\bno\s+(?:formal\s+|negotiated\s+|official\s+|written\s+|expected\s+|anticipated\s+|envisaged\s+|planned\s+)?outcome\b|\baucun document final\b|\bpas de document final\b|\bno (?:habrá|se prevé|tendrá|contará con) (?:un |ningún )?documento final\b|(?:\bne\b|\bn['’])[^.]{0,40}\bpas\b[^.]{0,40}\bdocument (?:final|négocié)|\bno\s+(?:se\s+)?\p{L}+(?:\s+lugar)?\s+(?:a\s+)?(?:un |ningún )?documento (?:final|negociado)\b|\bningún (?:documento|resultado)\b|\bno\s+(?:se\s+)?(?:prevé|prevén|contempla|contemplan)\s[^.]{0,40}?\bun\s+documento\s+(?:final|negociado)\b|\bno\s+(?:formal\s+|written\s+|Council\s+)?products?\b/iu,
    'no formal outcome',
  ],
  [
    /\b(?:does|do|will|did|is|are) not (?:intend to |plan to |expect to |expected to )?(?:pursue|seek|propose|negotiate|produce|adopt|issue|circulate|prepare|envisage|foresee|anticipate|expect|plan|result in|lead to|have)\b.{0,30}\b(?:outcome|negotiated document|final document)\b|\bno (?:intention|plan)s? to (?:pursue|seek|propose|negotiate|produce|adopt|issue)\b.{0,30}\boutcome\b|\bwithout (?:a |any )?(?:formal |negotiated )?outcome\b/i,
    'no formal outcome',
  ],
  [
    // The Human Rights Council's summary reports are `rapports résumés` in French (round 12a).
    /\bsummary report\b|\breport (?:that |which )?summari[sz](?:ing|es)\b|\brapport de synthèse\b|\brapport résumé(?!\p{L})|\binforme resumido\b/iu,
    'summary report',
  ],
  [
    /\bpresidential statement\b|\bPRST\b|\bstatement (?:by|of) the President of the Security Council\b|\bdéclaration présidentielle\b|\bdéclaration du Président du Conseil\b|\bdeclaración del Presidente del Consejo\b|\bdéclaration de la présidence\b|\bdeclaración de la Presidencia\b|\bdeclaración presidencial\b/iu,
    'presidential statement',
  ],
  [/\bpress statement\b/i, 'press statement'],
  [/\bpress elements\b/i, 'press elements'],
  [
    /\bministerial declaration\b|\bdéclaration ministérielle\b|\bdeclaración ministerial\b/iu,
    'ministerial declaration',
  ],
  [
    /\bpolitical declaration\b|\bdéclaration politique\b|\bdeclaración política\b/iu,
    'political declaration',
  ],
  // "a resolution", not "conflict prevention and resolution" or "resolution 2417 (2018)".
  // Round 31a: with the words that say its size or kind ("a short procedural resolution"), not
  // any adjective ("a peaceful resolution" of a dispute is none).
  [
    /\b(?:a|the|draft)\s+(?:(?:short|brief|procedural|new|single|consensus|follow-up)\s+){0,2}(?:draft\s+)?resolution\b(?!\s+\d)/i,
    'resolution',
  ],
  // Round 19: in French and Spanish, a draft resolution by its article (`un nouveau projet de
  // résolution`, `un proyecto de resolución`), not `la résolution 1325 (2000)`.
  [
    /(?<![\p{L}])(?:projet\s+de\s+résolution|proyecto\s+de\s+resolución|une\s+résolution|una\s+resolución)(?![\p{L}])(?!\s+\d)/iu,
    'resolution',
  ],
  [/\bjoint statement\b/i, 'joint statement'],
  [/\boutcome document\b/i, 'outcome document'],
  CHAIR_RAPPORTEUR_SUMMARY,
  [
    /\b(?:Co-)?Chairs?\b.{0,80}\bsummary\b|\bsummary\b.{0,30}\bChair|\bsummary\b.{0,60}\bby (?:the |its )?(?:\w+\s+)?(?:Co-)?Chairs?\b/i,
    "Chair's summary",
  ],
  // Round 17b: a Vice-President's summary is that office's ("will be summarized by the
  // Vice-President"), not the President's. Round 31a: in French and Spanish too (`Résumé de la
  // Vice-Présidente`, `Resumen de la Vicepresidenta`, `el Vicepresidente preparará un resumen`).
  [
    /\bVice-President\b.{0,80}\bsummar(?:y|i[sz]\w*)\b|\bsummar\w*\b.{0,60}\bby the Vice-President\b|(?<![\p{L}])(?:Vice-?Présidente?|Vice-?presidente?|Vicepresident[ea])(?![\p{L}]).{0,80}(?<![\p{L}])(?:résumé|resumen)(?![\p{L}])|(?<![\p{L}])(?:résumé|resumen)\s+(?:du|de la|del)\s+(?:Vice-?Présidente?|Vice-?presidente?|Vicepresident[ea])(?![\p{L}])/iu,
    "Vice-President's summary",
  ],
  [
    /\b(?:President|presidency|PGA)\b.{0,80}\bsummar(?:y|i[sz]ing)\b|\bsummary\b.{0,30}\b(?:President|PGA)|\bsummary\b.{0,60}\bby the (?:Office of the )?President\b|\b(?:Présidente?|Presidente?|Presidenta|Présidence|Presidencia)\b.{0,80}(?<![\p{L}])(?:résumé|resumen)(?![\p{L}])|(?<![\p{L}])(?:résumé|resumen)\s+(?:du|de la|del|de la)\s+(?:Présidente?|Presidente?|Presidenta|Présidence|Presidencia)\b|(?<![\p{L}])(?:résumé|resumen)(?![\p{L}]).{0,60}(?<![\p{L}])(?:par|por)\s+(?:le|la|el)\s+(?:Présidente?|Presidente?|Presidenta|Présidence|Presidencia)(?![\p{L}])/iu,
    "President's summary",
  ],
  // Round 24: a report someone will prepare, the least specific name (`cues/reportProduct.ts`).
  [REPORT_PRODUCT, 'report'],
];
// Round 13b: a product the note says is not expected ("A political declaration is not
// expected; instead, the PGA will issue a summary", `No se prevé una declaración política; en
// su lugar, …`, `Aucune déclaration n'est prévue ;`) is not the outcome: its clause, to the
// semicolon or the comma before "instead", is passed over and the product after it read.
const NOT_EXPECTED =
  /[^;.]*?\b(?:is|are|will)\s+not\s+(?:be\s+)?(?:expected|envisaged|foreseen|planned|anticipated|sought)\b[^;.]*?(?:;|,(?=\s*(?:but|instead|rather)\b))|(?<![\p{L}])no\s+se\s+(?:prevé|espera|contempla)[^;.]*?(?:;|,(?=\s*(?:sino|en\s+su\s+lugar)\b))|(?<![\p{L}])(?:aucune?|pas\s+de)\s[^;.]*?\bn['’](?:est|sont)\s+(?:prévue?s?|envisagée?s?|attendue?s?)[^;.]*?(?:;|,(?=\s*(?:mais|en\s+revanche|plutôt)\b))/giu;

/** The product `text` names: a summary by its named author (round 26: or its named co-hosts or
 * co-organizers, cues/summaryAuthors.ts), else a usual product name. */
function productIn(sentence: string): string | null {
  const text = sentence.replace(NOT_EXPECTED, ' ');
  return (
    authoredSummary(text) ??
    summaryAuthors(text) ??
    PRODUCTS.find(([pattern]) => pattern.test(text))?.[1] ??
    null
  );
}

const OUTCOME_HEADING =
  /^(?:(?:[IVXL]{1,5}|[A-Z]|\d{1,2})\.\s+)?(?:(?:expected\s+)?outcomes?|r[ée]sultats?(?:\s+attendus?)?|resultados?(?:\s+esperados?)?)$/iu;

// Round 12a: a note may number its sections as it numbers lists ("1. Background", "5. Expected
// outcome"): a numbered line of a few words, capitalized and without closing punctuation, is
// a section heading here too, so the outcome is read under its own.
const NUMBERED_HEADING = /^\d{1,2}\.\s+\p{Lu}[^.;:!?]{0,60}$/u;

function isSectionHeading(block: string): boolean {
  return isHeading(block) || NUMBERED_HEADING.test(block);
}

/** Sentences under a heading: `mentions` for any heading naming an outcome. */
function sectionSentences(note: NoteText, heading: RegExp): NoteSentence[] {
  const inSection = new Set<number>();
  let open = false;
  for (const [index, block] of note.blocks.entries()) {
    if (isSectionHeading(block)) open = heading.test(block);
    else if (open) inSection.add(index);
  }
  return note.sentences.filter((sentence) => inSection.has(sentence.block));
}

// "Expected outcome: None", "Outcome: Chair's summary", "Resultado esperado: Informe resumido …".
// Round 31a: a form's "Resultado previsto", `Résultat prévu` (the outcome foreseen) alike.
const OUTCOME_FIELD =
  /^(?:(?:expected|anticipated|envisaged|possible)\s+)?(?:outcomes?|products?|deliverables?)(?:\s+document)?\s*:\s*(.+)$|^r[ée]sultats?(?:\s+(?:attendus?|prévus?))?\s*:\s*(.+)$|^resultados?(?:\s+(?:esperados?|previstos?))?\s*:\s*(.+)$/iu;
const NONE =
  /^(?:none|no(?:ne)? (?:formal |negotiated )?outcome|n\/a|nil|aucun|néant|ninguno|no)\b/iu;

function outcomeField(note: NoteText): Candidate<string> | null {
  for (const { text } of note.sentences) {
    const match = OUTCOME_FIELD.exec(text);
    // A table exported as "Outcome: / …" keeps the cell bar; a value that ends with a colon
    // ("The expected outcomes … are the following:") only leads in to the items below it.
    const value = match
      ? (match[1] ?? match[2] ?? match[3] ?? '').replace(/^[/|]\s*/u, '').trim()
      : '';
    if (!value || value.endsWith(':')) continue;
    if (NONE.test(value))
      return { value: 'no formal outcome', confidence: 0.95, source: text, cue: 'outcomeField' };
    const product = productIn(value);
    return {
      value: product ?? value,
      confidence: 0.9,
      source: text,
      cue: 'outcomeField',
    };
  }
  return null;
}

// "The objective of the discussion will be …", "The main aims of the meeting are …", "L'objectif
// du débat sera …", "El propósito de la reunión será …": the sentence states an aim.
const STATES_AIM =
  /^(?:the\s+|l['’]\s*|le\s+|la\s+|el\s+|los\s+|les\s+)?(?:(?:main|overall|primary|principal|key)\s+)?(?:objectives?|aims?|purposes?|goals?|objectifs?|buts?|objetivos?|propósitos?|finalidad)\s+(?:of|for|du|de|des|del)\b/iu;

// Round 15b: a summary of what others send in ("a summary of the views we receive", "of the
// submissions received", "of the written inputs it receives") sums up a consultation held
// beside the meeting, not what the meeting produces.
const OF_RECEIVED =
  /\bsummary\s+of\s+(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}?(?:views|inputs|submissions|contributions|responses|replies|answers|comments)\s+(?:(?:that\s+)?(?:we|it|they|the\s+\p{L}+)\s+)?(?:receive[sd]?|gather(?:s|ed)?|collect(?:s|ed)?)\b/iu;

// Round 17b (decided at round 17's merge): a summary announced beside "no negotiated outcome"
// ("The meeting will not produce a negotiated outcome. The President will issue a summary",
// `aucun document final négocié`) is the outcome; `no formal outcome` is for no product at all.
const NO_NEGOTIATED =
  /\bnegotiated\b|\boutcome document\b|(?<![\p{L}])(?:document final|documento final|document négocié|documento negociado)(?![\p{L}])/iu;

function summaryBeside(text: string, after: readonly NoteSentence[]): string | null {
  if (!NO_NEGOTIATED.test(text)) return null;
  // The clause after the semicolon ("…; the Vice-President will prepare a summary"), then the
  // next two sentences.
  const clause = text.includes(';') ? [text.slice(text.indexOf(';') + 1)] : [];
  const beside = [...clause, ...after.slice(0, 2).map((sentence) => sentence.text)];
  for (const next of beside) {
    const product = productIn(next);
    if (product?.endsWith('summary') && product !== 'summary report') return product;
  }
  return null;
}

/** The meeting's outcome; `meetingDate` (ISO) tells a product dated by another occasion's month. */
export function findExpectedOutcome(
  note: NoteText,
  meetingDate: string | null = null,
): Candidate<string> | null {
  const field = outcomeField(note);
  if (field) return field;
  // Round zh: in Chinese (cues/outcomeZh.ts).
  const chinese = outcomeZh(note);
  if (chinese) return chinese;
  const section = sectionSentences(
    note,
    /\boutcome|\brésultat|\bresultado|\bdocument final|\bdocumento final/iu,
  );
  // "Expected outcome" as a heading, then "None." on its own.
  const none = section.find(({ text }) =>
    /^(?:none|n\/a|nil|aucun|néant|ninguno)\.?$/iu.test(text),
  );
  if (none)
    return {
      value: 'no formal outcome',
      confidence: 0.9,
      source: none.text,
      cue: 'noneUnderHeading',
    };
  // Session 14: products offered as alternatives name none; the sentence is kept whole.
  const either = note.sentences.find(({ text }) => offersEitherProduct(text));
  if (either)
    return { value: either.text, confidence: 0.5, source: either.text, cue: 'eitherProduct' };
  // Round 23: a product discussed at another sitting is not this meeting's (cues/otherSitting.ts).
  // Round 31a: nor is one the text names only as undecided (cues/undecidedProduct.ts). Round 35p:
  // the meeting's own summary report is one (cues/meetingsOwnReport.ts).
  const candidates = note.sentences.filter(
    (sentence) =>
      !leavesProductUndecided(sentence.text) &&
      (section.includes(sentence) ||
        statesOutcome(sentence.text) ||
        suggestsProduct(sentence.text) ||
        namesMeetingsOwnReport(sentence.text) ||
        ((LOOKS_AHEAD.test(sentence.text) || looksAheadToProduct(sentence.text)) &&
          !isSectionHeading(note.blocks[sentence.block] ?? '') &&
          !aboutOtherSitting(sentence.text))),
  );
  for (const [index, { text }] of candidates.entries()) {
    const own = ownSummary(note, text);
    if (own) return { value: own, confidence: 0.75, source: text, cue: 'ownSummary' };
    // Round 30: a product another occasion's month dates is not this meeting's (cues/datedProduct.ts).
    // Round t43d: nor one the meeting only feeds (cues/fedProduct.ts).
    const product = productIn(withoutFedProducts(withoutOtherMonthsProducts(text, meetingDate)));
    if (product === "President's summary" && presidingOfficeIsChair(note))
      return { value: "Chair's summary", confidence: 0.75, source: text, cue: 'namedProduct' };
    const summary =
      product === 'no formal outcome' ? summaryBeside(text, candidates.slice(index + 1)) : null;
    if (summary) return { value: summary, confidence: 0.8, source: text, cue: 'summaryBeside' };
    if (product) return { value: product, confidence: 0.8, source: text, cue: 'namedProduct' };
  }
  const named = candidates.find(({ text }) => outcomeWillBe(text));
  if (named)
    return {
      value: outcomeWillBe(named.text) ?? named.text,
      confidence: 0.7,
      source: named.text,
      cue: 'outcomeWillBe',
    };
  const stated = candidates.find(({ text }) => statesOutcome(text));
  if (stated)
    return { value: stated.text, confidence: 0.6, source: stated.text, cue: 'statedOutcome' };
  // Session 14: a document said to come out of the meeting (cues/emergingDocument.ts).
  const emerging = note.sentences.find(({ text }) => namesEmergingDocument(text));
  if (emerging)
    return {
      value: emerging.text,
      confidence: 0.5,
      source: emerging.text,
      cue: 'emergingDocument',
    };
  // A capitalized "Outcome" names a past document ("the 2005 World Summit Outcome").
  // "The co-hosts will circulate a summary of the meeting": a summary no product names. A
  // sentence stating the meeting's aim ("The objective of the discussion will be to share …
  // the outcome of the first cycle") is an objective, whatever outcome it mentions.
  const spoken =
    candidates.find(
      ({ text }) =>
        /\boutcome\b|\bsummary\b|\bfeed into\b|\binform the\b/.test(
          withoutOtherMonthsProducts(text, meetingDate),
        ) &&
        /\b(?:will|would|shall|expected)\b/i.test(text) &&
        !STATES_AIM.test(text) &&
        !OF_RECEIVED.test(text) &&
        !reportedToPlenary(text),
    ) ?? sectionSentences(note, OUTCOME_HEADING)[0];
  return spoken
    ? { value: spoken.text, confidence: 0.5, source: spoken.text, cue: 'outcomeSentence' }
    : null;
}
