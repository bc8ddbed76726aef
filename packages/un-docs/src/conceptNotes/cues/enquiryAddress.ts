// Round t42d: an address given for questions or further information ("Questions and/or requests
// for more information should be directed to x@…", "For further information, please contact
// x@…", `Pour toute question ou information complémentaire, écrire à x@…`, `Para más
// información, diríjase a x@…`) answers enquiries: no statement is sent to it, whatever sentence
// about sending one stands near it (findSubmission.ts).
const ENQUIRY =
  /(?<![\p{L}])(?:questions?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|(?:more|further|additional)\s+information|further\s+details|information\s+complémentaire|plus\s+d['’]informations?|toute\s+question|renseignements?|más\s+información|mayor\s+información|consultas?|preguntas?)(?![\p{L}])/iu;
const WRITTEN_TEXT =
  /(?<![\p{L}])(?:statements?|interventions?|contributions?|inputs?|remarks|responses|answers|réponses|respuestas|déclarations?|declaraci(?:ón|ones)|intervenci(?:ón|ones)|contribuci(?:ón|ones))(?![\p{L}])/iu;

/** Whether a sentence gives its address for enquiries, not for a delegation's text. */
export function givesEnquiryAddress(text: string): boolean {
  return ENQUIRY.test(text) && !WRITTEN_TEXT.test(text);
}
