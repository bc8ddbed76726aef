// Round t41b: a letter announces the meeting's theme after a colon, as "the following theme"
// (`un débat public consacré au thème suivant : La résilience climatique …`, "an open debate on
// the following theme: …", `un debate abierto sobre el siguiente tema: …`, `con el tema
// siguiente: …`). The words up to the colon name the kind of subject, not the subject: they are
// skipped between the meeting's link and its subject, as "the theme of" already is (subjectOf.ts).

/** "the following theme:" and its French and Spanish forms, with the colon, as a regex source. */
export const FOLLOWING_THEME = String.raw`(?:(?:the\s+)?following\s+(?:theme|topic|subject|title)|(?:(?:le|la|l['’])\s*)?(?:thème|sujet|question|titre|intitulé)\s+suivante?|(?:(?:el|la)\s+)?(?:siguiente\s+(?:tema|asunto|cuestión|título|lema)|(?:tema|asunto|cuestión|título|lema)\s+siguiente))\s*:\s*`;
