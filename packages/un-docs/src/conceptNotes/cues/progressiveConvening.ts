// Round 31b: a meeting announced in the present progressive ("The President … and the
// Secretary-General … are jointly convening a High-Level Thematic Debate …, on 17 and 18 May",
// "Chile and Japan are co-hosting an Arria-formula meeting") looks forward to it as "will convene"
// does, with an adverb of joint action between the auxiliary and the verb ("jointly",
// "together"). "is convening" and "is organizing" alone were read so before; "is holding" stays
// with a day named (cues/heldToday.ts), since a body "is holding" consultations as it speaks.
export const PROGRESSIVE_CONVENING = String.raw`(?:is|are)\s+(?:(?:jointly|together|also)\s+)?(?:co-?)?(?:convening|organi[sz]ing|hosting)`;
