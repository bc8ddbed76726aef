import { candidate, type Cue } from './Candidate.js';

// Session 14 (round 34p), decided on `r33-hrc-indico-intersessional-seminar-cultural-heritage-2017`:
// an office a body requests to organize the meeting convenes it, as a President requested to
// convene does (presidentRequested.ts); the body that requests only mandates. "In its resolution
// 60/12, the Human Rights Council requested the Office of the United Nations High Commissioner for
// Human Rights (OHCHR) to organize … a panel discussion", "has decided to request from the OHCHR
// the organization of a … seminar", `a prié le Haut-Commissariat … d'organiser`, `solicitó a la
// Oficina … que organizara` give the office as the note names it, its bracketed acronym an aside.
// A body's own President ("its President") is presidentRequested's. Below the review form's 0.6: a mandate several years old may have passed to someone else.

const OFFICE = String.raw`((?:the|le|la|l['’])\s*[^,;.()]{2,100}?)(?:\s*\([^()]{2,12}\))?`;
const REQUESTED: readonly RegExp[] = [
  new RegExp(
    String.raw`(?<![\p{L}])(?:requested|requests|request\s+from)\s+${OFFICE}\s+(?:to\s+organi[sz]e|the\s+organi[sz]ation\s+of)(?![\p{L}])`,
    'iu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:a\s+prié|prie|a\s+demandé\s+à)\s+${OFFICE}\s+d['’]organiser(?![\p{L}])`,
    'iu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:solicitó|solicita|pidió|pide)\s+a\s+${OFFICE}\s+que\s+organi(?:zara|ce)(?![\p{L}])`,
    'iu',
  ),
];
export const officeRequested: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    for (const pattern of REQUESTED) {
      const office = pattern.exec(text)?.[1]?.trim();
      if (office) return [candidate(office, 0.55, text, 'officeRequested')];
    }
    return [];
  });
