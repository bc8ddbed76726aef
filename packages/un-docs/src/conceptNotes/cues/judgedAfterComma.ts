// Round t40b: a news item's subject may go on with what others made of it, a participle and its
// agent after a comma ("… el plan de Israel de tomar el control de Ciudad de Gaza, criticado por
// numerosos países y considerado por … como una «peligrosa escalada»", "…, condemned by …",
// `…, critiqué par …`): the subject stops before it. Only verbs of judging: "…, organized by"
// names who holds the meeting, another cue's matter.

export const JUDGED_AFTER_COMMA =
  /,\s+(?:(?:widely|strongly|sharply)\s+)?(?:criticized|criticised|condemned|denounced|welcomed|praised|described|deplored|criticad[oa]s?|condenad[oa]s?|denunciad[oa]s?|calificad[oa]s?|considerad[oa]s?|critiquée?s?|condamnée?s?|dénoncée?s?|qualifiée?s?|jugée?s?)\s+(?:by|por|par)\s.*$/iu;
