// Round w36bt: a meeting someone took part in, in the past ("Paraguay participated in the
// sixty-second session of the Commission", `nuestro país participó en el 62° período de
// sesiones`, `la délégation a participé à la réunion`), or one the past passive tells of ("the
// meeting was warmly welcomed by all participants", `la reunión fue inaugurada por`, `la séance a
// été ouverte par`), was held, as "was held" says: a news item or a web page written after it
// records it. A meeting moved or fixed in the passive ("was postponed", "was scheduled", `fue
// aplazada`, `a été reportée`) is still ahead.

const MEETING = String.raw`(?:meeting|debate|dialogue|session|briefing|panel|event|round\s?table|hearing|forum|réunion|séance|session|débat|reunión|sesión|debate|diálogo|per[íi]odo\s+de\s+sesiones)`;
const TOOK_PART = new RegExp(
  String.raw`(?<![\p{L}])(?:participated\s+in|took\s+part\s+in|participó\s+(?:en|del?)|participaron\s+(?:en|del?)|(?:a|ont)\s+(?:participé|pris\s+part)\s+(?:à|au|aux))\s+(?:[\p{L}\d°ºª.-]+\s+){0,6}?${MEETING}(?![\p{L}])`,
  'iu',
);
const MOVED_OR_FIXED = String.raw`(?:scheduled|rescheduled|postponed|moved|announced|requested|planned|set|called|mandated|decided|convened|programm\p{L}*|prévue?|report\p{L}*|aplazad\p{L}*|pospuest\p{L}*|programad\p{L}*|prevista?|convocad\p{L}*|suspend\p{L}*)`;
const PASSIVE_PAST = new RegExp(
  String.raw`(?<![\p{L}])(?:the|this|la|el|le|cette|esta)\s+${MEETING}\s+(?:was|fue|a\s+été)\s+(?:\p{L}+ly\s+|[\p{L}]+ment\s+)?(?!${MOVED_OR_FIXED}(?![\p{L}]))\p{L}+(?:ed|en|ada|ado|ida|ido|ée?|te|ue)(?![\p{L}])`,
  'iu',
);

/** A sentence telling of a meeting someone took part in, or told of in the past passive. */
export function tookPartHeld(text: string): boolean {
  return TOOK_PART.test(text) || PASSIVE_PAST.test(text);
}
