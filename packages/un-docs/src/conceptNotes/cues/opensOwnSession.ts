// Round 35p (decided in session 14): a body opening its own session in the present convenes and
// announces it as one holding it does, and news items set a day phrase, or the session's work,
// between the verb and the session: `Le Conseil des droits de l'homme de l'ONU entame ce lundi les
// travaux de sa 50e session`, `celebra a partir de mañana su 23ª Sesión Regular`, "begins from
// today the work of its session". These are the words that may stand there.

/** A day named relative to the text's own, with its demonstrative or article. */
export const DAY = String.raw`(?:(?:este|esta|ce|cet|this|next|el|le|próximo|prochain)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|tomorrow|demain|mañana|today|aujourd['’]hui|hoy)`;

/** What opens a span from that day: `a partir de mañana`, `desde hoy`, `dès demain`. */
export const FROM_DAY = String.raw`(?:a\s+partir\s+de|à\s+partir\s+d['’e]|desde|dès|from)`;

/** The session's work, which the verb takes before the session itself. */
export const WORK_OF = String.raw`(?:les\s+travaux\s+de|los\s+trabajos\s+de|the\s+work\s+of)`;

/** The verbs a body opens its session with in the present. */
export const OPENS = String.raw`(?:entame|inicia|comienza|begins|starts)`;

/**
 * Round h14t: the future of opening its own session, an adverb or two between ("The Council will
 * then open its 3rd session", "will then formally open"), or of resuming it ("the HRC will resume
 * its 2nd session", `reprendra sa`, `reanudará su`): a body that will resume its session holds it.
 */
export const WILL_OPEN = String.raw`(?:will\s+(?:(?:then|also|formally|officially|subsequently|first)\s+){0,2}(?:open|resume)|ouvrira|reprendra|abrirá|reanudará)`;

/** What may stand between a verb of holding or opening and the body's own session. */
export const BEFORE_OWN_SESSION = String.raw`(?:\s+(?:${FROM_DAY}\s*)?${DAY})?(?:\s+${WORK_OF})?`;
