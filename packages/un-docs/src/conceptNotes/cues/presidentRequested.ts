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

// Round w37bt (session 14's "an office a body requests to organize the meeting convenes it"): a
// body's resolution that requests its President, named by the full title, to finalize the
// meeting's organizational arrangements ("requested the President of the General Assembly … to
// finalize the organizational arrangements for the high-level meeting", `se pide al Presidente de
// la Asamblea General que … ultime las disposiciones de organización de la reunión`, `prie le
// Président de l'Assemblée générale … d'arrêter les modalités d'organisation`) names that office,
// as the text names it.
const ARRANGES: readonly RegExp[] = [
  /(?<![\p{L}])(?:requested|requests|requesting)\s+(?<office>the\s+President\s+of\s+the\s+(?:General\s+Assembly|Economic\s+and\s+Social\s+Council))\b[^.;]{0,160}?\bto\s+(?:finali[sz]e|decide\s+on|determine|organi[sz]e)\s+(?:the\s+)?organi[sz]ational\s+arrangements\b/iu,
  /(?<![\p{L}])(?:pide|pidió|solicita|solicitó)\s+al\s+(?<office>President[ae]\s+(?:de\s+la\s+Asamblea\s+General|del\s+Consejo\s+Económico\s+y\s+Social))\s+que\b[^.;]{0,160}?\s(?:ultime|concluya|determine|organice)\s+(?:las\s+)?(?:disposiciones|modalidades|arreglos)\s+(?:de\s+organización|organizativ[oa]s)/iu,
  /(?<![\p{L}])(?:prie|a\s+prié)\s+(?<office>(?:le|la)\s+Présidente?\s+(?:de\s+l['’]Assemblée\s+générale|du\s+Conseil\s+économique\s+et\s+social))\b[^.;]{0,160}?\s(?:d['’]arrêter|de\s+(?:finaliser|mettre\s+au\s+point|fixer))\s+(?:les\s+)?modalités\s+d['’]organisation/iu,
];

function arrangingOffice(sentence: string): string | null {
  for (const pattern of ARRANGES) {
    const office = pattern.exec(sentence)?.groups?.office;
    if (office === undefined) continue;
    if (/^President[ae]/u.test(office))
      return `${/^Presidenta/u.test(office) ? 'la' : 'el'} ${office}`;
    return office.replace(/^(?:The|Le|La)\b/u, (article) => article.toLowerCase());
  }
  return null;
}

export const presidentRequested: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const office = officeOf(text) ?? arrangingOffice(text);
    return office ? [candidate(office, 0.6, text, 'presidentRequested')] : [];
  });
