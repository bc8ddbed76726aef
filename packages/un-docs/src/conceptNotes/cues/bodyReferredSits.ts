import { candidate, type Cue } from './Candidate.js';

// Round w36ct: a news item may open a Council's session impersonally (`se dará inicio … a la
// trigésima primera sesión del Consejo de Derechos Humanos`) and say in its next sentence that the
// body, referred back to, sits (`Este órgano intergubernamental, conformado por 47 … Estados, sesionará
// durante cuatro semanas`, "This body … will meet for four weeks", `Cet organe … siégera`): the
// Council holds its own session, which by the convention of round 34p convenes it. The cue gives the
// Council by its bare name; findConvening names it in full from the body (namedCouncil).
const REFERS_BACK =
  /^(?:(?:Este|Dicho)\s+órgano|(?:This|The)\s+body|Cet\s+organe)(?![\p{L}])[^.;]{0,160}?(?<![\p{L}])(?:sesionará|se\s+reunirá|will\s+(?:meet|sit)|siégera|se\s+réunira)(?![\p{L}])/iu;
const SESSION_OF_COUNCIL: readonly [RegExp, string][] = [
  [/(?<![\p{L}])sesi[óo]n(?:es)?\s+del\s+Consejo(?![\p{L}])/iu, 'el Consejo'],
  [/(?<![\p{L}])session\s+du\s+Conseil(?![\p{L}])/iu, 'le Conseil'],
  [
    /(?<![\p{L}])session\s+of\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?Council(?![\p{L}])/u,
    'the Council',
  ],
];

export const bodyReferredSits: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }, index) => {
    if (!REFERS_BACK.test(text)) return [];
    const before = sentences[index - 1]?.text ?? '';
    const council = SESSION_OF_COUNCIL.find(([pattern]) => pattern.test(before))?.[1];
    return council ? [candidate(council, 0.6, text, 'bodyReferredSits')] : [];
  });
