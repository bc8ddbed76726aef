// Round w38bt: a presidency's press conference on its programme of work names the month's
// meetings as its highlights: "An open debate on X on 2 August and a high-level briefing on Y on
// 13 August will be among the highlights of the Security Council's programme for August",
// `Un débat public sur X figurera parmi les temps forts du programme`, `Un debate abierto sobre X
// será uno de los puntos destacados del programa`. The meeting the sentence opens with is
// announced, as one that "will be held" is (themePlaced.ts), and read for its subject by the
// convention on texts announcing several meetings (the first announced in full).
export const AMONG_HIGHLIGHTS = String.raw`(?<![\p{L}])(?:will\s+be\s+(?:among\s+)?(?:the|its)\s+(?:highlights?|signature\s+events?)\s+of|figurer(?:a|ont)\s+parmi\s+les\s+temps\s+forts|ser(?:á|án)\s+(?:uno|una|unos|unas|algunos|algunas)\s+de\s+(?:los|las)\s+(?:puntos|aspectos|actos|eventos)\s+(?:más\s+)?destacad[oa]s)(?![\p{L}])`;

/** The highlights' verb and all after it, which end the subject it follows. */
export const AMONG_HIGHLIGHTS_END = new RegExp(
  String.raw`\s*,?\s*${AMONG_HIGHLIGHTS}[\s\S]*$`,
  'iu',
);

// The subject of the first meeting ends where a second is named beside it: "An open debate on X
// and a high-level briefing on Y …", `Un debate abierto sobre X y una sesión informativa sobre Y
// …`, `un débat public sur X et une séance d'information sur Y`; a text announcing several
// meetings is read for the first announced in full (round 18's merge).
export const SECOND_MEETING_AFTER =
  /\s+(?:and|et|y)\s+(?:an?|une?|una?)\s+(?:[\p{L}-]+\s+){0,3}?(?:open\s+debate|briefing|sesión\s+informativa|séance\s+d['’]information|débat\s+public|debate\s+abierto|Arria-formula\s+meeting)(?![\p{L}])[\s\S]*$/iu;
