// Round t41b: who gives a briefing may stand between the kind and its subject, with titles and
// an apposition set off by commas ("There will be an informal briefing by the President of
// ECOSOC, H.E. Mr. Oh Joon, Permanent Representative of the Republic of Korea, on the
// preparations for …", `un exposé informatif présenté par la Représentante spéciale, Mme X, sur
// …`, `una sesión informativa a cargo del Enviado Especial, Sr. X, sobre …`): it is skipped as
// the participants after "with" are (subjectOf.ts), tried only when the link does not follow at
// once. A name's abbreviations keep their full stops ("H.E.", "Mr.", "Sra."), which end no
// sentence here. In French and Spanish only after "presented" (`présentée par`, `presentada por`)
// or `a cargo de`: a bare `par` or `por` is as often a manner ("El diálogo tiene por objeto
// informar a la sociedad civil sobre …", which names no presenter).

const ABBREVIATION_STOP = String.raw`(?<=(?:^|[\s.(])\p{L}{1,3})\.`;

/** The presenter after the kind, up to the comma before the link, as a regex source. */
export const PRESENTER_BETWEEN = String.raw`(?:\s+(?:by|(?:présentée?s?|presentad[oa]s?)\s+(?:par|por)|a\s+cargo\s+de(?:l(?=\s))?)\s+(?:[^.;:]|${ABBREVIATION_STOP}){2,200}?,?)?`;
