import { candidate, type Cue } from './Candidate.js';

// A meeting that co-facilitators or co-chairs of an intergovernmental process hold is about
// that process: "co-facilitators of the consultations on the alignment of the agendas …",
// "As co-facilitators of the intergovernmental negotiations on the revitalization of the work
// of the General Assembly, Ireland and Jamaica will hold …". The process's name is the theme,
// with its article as printed (session 14's article convention, held for processes in session
// 16), when no title or quotation names one. Round h12t: the name ends where the sentence's verb
// begins ("The co-chairs of the intergovernmental negotiations on Security Council reform have
// circulated a letter …").

const PROCESS = new RegExp(
  String.raw`\b[Cc]o-?(?:[Ff]acilitators?|[Cc]hairs?)\s+(?:(?:of|for)\s+the|to\s+lead(?:\s+the)?)\s+(?:intergovernmental\s+|informal\s+)?(?:consultations|negotiations|process|review)\s+(?:on|of|aimed\s+at)\s+((?:the\s+)?.{4,250}?)(?:,\s+(?=\p{Lu}|will\b|we\b|shall\b)|(?=\s+(?:have|has|had|will|shall|would|are|is|were|was|can|may|must|invite[sd]?|wish|intend)\b)|[.;]?$)`,
  'u',
);

export const facilitatedProcess: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const name = PROCESS.exec(text)?.[1];
    return name ? [candidate(name.trim(), 0.45, text, 'facilitatedProcess')] : [];
  });
