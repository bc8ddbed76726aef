import { candidate, type Cue } from './Candidate.js';

// Round 33 (the convener convention: the General Assembly deciding so mandates a meeting, its
// President convenes it): a body that requests or invites its President to convene the meeting
// ("In resolution 81/240, the General Assembly requested its President to convene a high-level
// meeting on …", `l'Assemblée générale a prié son Président de convoquer`, `la Asamblea General
// solicitó a su Presidente que convocara`) names who convenes it: that President, by the office's
// title in the note's language.

const REQUESTS = String.raw`(?:requested|requests|invited|invites|a\s+prié|prie|a\s+invité|invite|solicitó\s+a|solicita\s+a|pidió\s+a|invitó\s+a)`;
const OFFICES: readonly [RegExp, string][] = [
  [
    new RegExp(
      String.raw`\b(?<body>General Assembly|Economic and Social Council)\b[^.;]{0,120}?${REQUESTS}\s+its\s+President\s+to\s+convene\b`,
      'iu',
    ),
    'the President of the $<body>',
  ],
  [
    new RegExp(
      String.raw`(?<body>Assemblée générale|Conseil économique et social)[^.;]{0,120}?${REQUESTS}\s+son\s+Président\s+de\s+convoquer`,
      'iu',
    ),
    'le Président de $<article>$<body>',
  ],
  [
    new RegExp(
      String.raw`(?<body>Asamblea General|Consejo Económico y Social)[^.;]{0,120}?${REQUESTS}\s+su\s+President[ae]\s+que\s+convo(?:cara|que)`,
      'iu',
    ),
    'el Presidente de $<article>$<body>',
  ],
];

function officeOf(sentence: string): string | null {
  for (const [pattern, title] of OFFICES) {
    const body = pattern.exec(sentence)?.groups?.body;
    if (body === undefined) continue;
    const article = /^(?:Assemblée|Asamblea)/iu.test(body)
      ? title.startsWith('le')
        ? "l'"
        : 'la '
      : title.startsWith('le')
        ? 'du '
        : 'el ';
    const named = title
      .replace('$<body>', body)
      .replace('$<article>', article)
      .replace('de du ', 'du ')
      .replace('de el ', 'del ');
    return named;
  }
  return null;
}

export const presidentRequested: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const office = officeOf(text);
    return office ? [candidate(office, 0.6, text, 'presidentRequested')] : [];
  });
