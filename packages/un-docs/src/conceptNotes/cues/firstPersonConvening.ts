// The writer who convenes, in the first person (moved here from convenerCues.ts in round t43c, so
// quotedConvener.ts reads the same words).

// "I will convene", and the writer as the subject of any verb of inviting or convening ("I
// have the honour to invite you to an ambassadorial-level meeting").
// Round 31a: or "I have (therefore) scheduled" the meeting, in a letter looking forward to it.
export const FIRST_PERSON =
  /\b(?:I|we)\s+(?:will|shall|intend to)\s+(?:convene|host|organi[sz]e)|\b(?:I|we)\s+have\s+(?:therefore\s+|also\s+|now\s+|already\s+)?scheduled\b|\bI\s+(?:have the (?:honour|pleasure) to|am pleased to|am writing to|would like to)\s+(?:invite|convene|host)\b|\bour (?:two |three |four )?(?:delegations|countries|missions|governments)\b.*\b(?:convene|organi[sz]e|host)|\b(?:convene|organi[sz]e|host)\b.*\bour (?:two |three |four )?(?:delegations|countries|missions|governments)\b/i;
// Spanish and French say "I" in the verb: "convocaré", "organizaré", "je convoquerai",
// "Tengo el honor de invitar", "J'ai l'honneur de vous inviter".
export const FIRST_PERSON_ES_FR =
  /(?<![\p{L}])(?:convocaré|organizaré|celebraré|acogeré|convoquerai|organiserai|tiendrai|accueillerai)(?![\p{L}])|\bTengo el (?:honor|placer|agrado|gusto) de (?:invitar|convocar)|\bJ['’]ai l['’](?:honneur|plaisir) de (?:vous )?(?:inviter|convoquer)/iu;
