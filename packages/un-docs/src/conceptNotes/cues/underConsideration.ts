import { candidate, type Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';

// Decided at round 23: a meeting under consideration is a meeting ahead. A news item may hold it
// only in the conditional or as a possibility (“If confirmed, the meeting would be held next
// Monday”, “is considering an Arria-formula meeting”, `pourrait se tenir la semaine prochaine`, `de
// confirmarse, se llevaría a cabo`, `estudia la posibilidad de reunirse`): it is imported, its
// date only if the text gives one (a partial import where the text gives little).

const CONSIDERED = new RegExp(
  [
    // English: the conditional of holding, a confirmation awaited, a body considering it.
    String.raw`\b(?:would|could|might)\s+(?:be\s+(?:held|convened|organi[sz]ed)|take\s+place|meet|convene)\b`,
    String.raw`\b(?:if|once|when)\s+confirmed\b|\bsubject\s+to\s+confirmation\b`,
    String.raw`\b(?:is|are)\s+(?:considering|weighing|contemplating)\s+(?:holding|convening|meeting|an?\s|the\s+possibility|the\s+idea)`,
    // Round h12t: an idea being worked on (“we are already working on the idea to convene a
    // High-Level Open Debate”, `travaille à l'idée de convoquer`, `trabaja en la idea de convocar`).
    String.raw`\b(?:working\s+on|exploring|pursuing)\s+the\s+idea\s+(?:of|to)\s+(?:hold|holding|convene|convening|organi[sz]e|organi[sz]ing)\b`,
    String.raw`(?<![\p{L}])(?:l['’]idée\s+de\s+(?:tenir|convoquer|organiser)|la\s+idea\s+de\s+(?:celebrar|convocar|organizar))(?![\p{L}])`,
    // French.
    String.raw`(?<![\p{L}])(?:pourrai(?:t|ent)\s+(?:se\s+tenir|avoir\s+lieu|se\s+réunir)|se\s+tiendrai(?:t|ent)|aurai(?:t|ent)\s+lieu|si\s+elle\s+est\s+confirmée|sous\s+réserve\s+de\s+confirmation|envisagen?t?\s+de\s+(?:tenir|se\s+réunir|convoquer))(?![\p{L}])`,
    // Spanish.
    // Round 28: a meeting a presidency plans is ahead as one under consideration is (`prevé
    // celebrar un debate abierto`, `planea celebrar`, `prévoit de tenir un débat public`).
    String.raw`(?<![\p{L}])(?:prevé|prevén|planea|planean)\s+(?:celebrar|realizar|convocar|organizar)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:prévoit|prévoient|envisage|envisagent)\s+d(?:e\s+|['’])(?:tenir|organiser|convoquer)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:de\s+confirmarse|si\s+se\s+confirma|se\s+(?:llevaría|celebraría|realizaría|reuniría)|tendría\s+lugar|podría\s+(?:celebrarse|llevarse\s+a\s+cabo|realizarse|reunirse)|(?:estudia|estudian|analiza|analizan|evalúa|evalúan|está\s+(?:analizando|estudiando|evaluando)|están\s+(?:analizando|estudiando|evaluando))\s+la\s+posibilidad\s+de\s+(?:reunirse|celebrar|convocar))(?![\p{L}])`,
  ].join('|'),
  'iu',
);

/** A sentence holding a meeting only under consideration, in the conditional or as a possibility. */
export function heldIfConfirmed(sentence: string): boolean {
  return CONSIDERED.test(sentence);
}

// The subject of a meeting so held is its theme, as weakly as an announcing sentence's.
export const consideredSubject: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const subject = heldIfConfirmed(text) ? subjectOf(text, false) : null;
    return subject ? [candidate(subject, 0.5, text, 'consideredSubject')] : [];
  });
