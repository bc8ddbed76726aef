// Round t43c: the bodies by the acronyms notes and news give them, in capitals only (a case-
// sensitive list, apart from the names in bodyNames.ts, which are read in any case): "the 3rd CND
// intersessional meeting", `le CDH tiendra 23 débats interactifs` (French and Spanish write the
// Human Rights Council `CDH`), "HRC55", "CSW68", "UNEA-6". Not inside a symbol, an address or a
// path ("A/HRC/55/7", "www.ohchr.org/en/hrc", "csw@unwomen.org"), nor run into a longer word.
// ECOSOC, which notes write as a word, is in bodyNames.ts; acronyms shared with common
// abbreviations outside the UN (`CCP`, "CPD") are left out.

const ACRONYMS: readonly (readonly [string, string])[] = [
  ['Security Council', 'UNSC'],
  ['General Assembly', 'UNGA'],
  ['Human Rights Council', 'HRC|CDH'],
  ['Peacebuilding Commission', 'PBC'],
  ['Commission on the Status of Women', 'CSW'],
  ['Commission for Social Development', 'CSocD'],
  ['Commission on Narcotic Drugs', 'CND'],
  ['Commission on Crime Prevention and Criminal Justice', 'CCPCJ'],
  ['United Nations Environment Assembly', 'UNEA'],
];

export const BODY_ACRONYMS: readonly (readonly [string, RegExp])[] = ACRONYMS.map(
  ([body, acronym]) => [
    body,
    new RegExp(String.raw`(?<![\p{L}\p{N}/@._-])(?:${acronym})(?![\p{L}/@_]|[-.]\p{L})`, 'u'),
  ],
);
