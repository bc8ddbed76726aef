// Round w36bt: confirming one's participation or presence ("Please confirm your attendance by …",
// `merci de confirmer votre participation avant le 5 mars à …`, `se ruega confirmar su
// asistencia a …`) is an RSVP in words: it says who comes, so its address and date are no
// submission's (the convention that registering to attend is not a submission).

const CONFIRMING =
  /(?<![\p{L}])(?:confirm(?:ing)?\s+(?:your|their|his|her)?\s*(?:participation|attendance|presence)|confirmer\s+(?:votre|leur|sa)\s+(?:participation|présence)|confirmar\s+(?:su\s+)?(?:participación|asistencia|presencia))(?![\p{L}])/iu;

// Round t42d: or to confirm whether someone will take part ("please confirm by 4 June whether the
// Minister will participate", `nos confirmen antes del 4 de junio si el señor Ministro
// participará`, `confirmer d'ici au 3 mai si la Ministre participera`): the date is the reply's,
// even when the reply serves to inscribe a speaker.
const CONFIRMING_WHETHER =
  /(?<![\p{L}])(?:confirm|confirmer|confirm(?:ar|en|e|ez))(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:whether|if|si)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:participate|attend|take\s+part|participer[ao]?n?t?|assister[ao]?n?t?|participar[aá]n?|asistir[aá]n?)(?![\p{L}])/iu;

/** Whether `text` asks the reader to confirm that they will come. */
export function confirmsAttendance(text: string): boolean {
  return CONFIRMING.test(text) || CONFIRMING_WHETHER.test(text);
}
