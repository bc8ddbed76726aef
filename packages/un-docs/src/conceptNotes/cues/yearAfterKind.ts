// Round t42b: "the theme of <meeting> is X" may name the meeting with a word and a year after its
// kind, as French and Spanish put them there ("The theme of the general debate this year is X",
// `Le thème du débat général de cette année est X`, `El tema del debate político de este año es
// X`, "the theme of the forum for 2027 will be X"): one adjective, then the year, both optional.
// Not a relative pronoun or a verb ("the theme of the debate that was held …" is history).

const NOT_AN_ADJECTIVE = String.raw`(?:that|which|who|held|is|was|will|qui|que|est|sera|es|será|fue|était|a|ha|has)`;
const ADJECTIVE = String.raw`(?:\s+(?!${NOT_AN_ADJECTIVE}(?![\p{L}]))\p{Ll}[\p{L}-]{3,})`;
const THIS_YEAR = String.raw`(?:\s+(?:(?:of\s+|for\s+)?this\s+year|(?:de\s+)?cette\s+année|(?:de\s+)?este\s+año|(?:for|in|of|de|pour|para|en)\s+(?:19|20)\d{2}))`;

/** The words a sentence may put between the meeting's kind and "is" when it names its theme. */
export const YEAR_AFTER_KIND = String.raw`(?:${ADJECTIVE}?${THIS_YEAR}|${ADJECTIVE}(?=\s+(?:is|will\s+be|est|sera|es|será)(?![\p{L}])))?`;
