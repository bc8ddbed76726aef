// Session 14 (round 34p), on `r31-es-ga-agepeba-evento-alto-nivel-ashe-2014`: a document said to
// come out of the meeting ("Konja precisó que del foro saldrá un documento valioso para …", "a
// guidance document … will emerge from the event", `de la manifestation sortira un document …`)
// is its expected outcome. A document with no usual name keeps the note's sentence whole, by the
// outcome convention; a named product is read before this, by its name.

const EMERGES = new RegExp(
  String.raw`(?<![\p{L}])(?:will\s+(?:emerge|come\s+out|result)\s+from\s+the\s+(?:meeting|event|forum|debate|dialogue|discussions?)|(?:de\s+la|du|des)\s+(?:réunion|manifestation|forum|débat|dialogue|discussions?)\s+sortir(?:a|ont)|(?:del|de\s+la|de\s+los|de\s+las)\s+(?:foro|reunión|evento|encuentro|debate|diálogo)\s+saldr(?:á|án))(?![\p{L}])`,
  'iu',
);
const DOCUMENT =
  /(?<![\p{L}])(?:documents?|documentos?|declarations?|déclarations?|declaraci(?:ón|ones)|reports?|rapports?|informes?)(?![\p{L}])/iu;

/** Whether `sentence` says a document will come out of the meeting. */
export function namesEmergingDocument(sentence: string): boolean {
  return EMERGES.test(sentence) && DOCUMENT.test(sentence);
}
