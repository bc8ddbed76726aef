// Words and phrases that say nothing about which point a paragraph addresses. With only a
// handful of points as documents, IDF cannot learn that "Security Council" is boilerplate
// (it is in two of sample 000's five points), so institution names and forms of address
// are removed as phrases: "human security" keeps "security".

const PHRASES = [
  // connectives of UN drafting
  'in order to',
  'in particular',
  'in this matter',
  'in this regard',
  'as well as',
  'with regard to',
  'such as',
  'inter alia',
  'among others',
  'to that end',
  // names every statement repeats
  'united nations',
  'security council',
  'general assembly',
  'secretary general',
  'member states',
];

/** {@link PHRASES} in lower-case text, across line breaks and hyphens ("secretary-general"). */
export const STOP_PHRASES = new RegExp(
  `\\b(?:${PHRASES.map((phrase) => phrase.replaceAll(' ', '[\\s-]+')).join('|')})\\b`,
  'gu',
);

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost alone along already also although
  always am among an and another any anyone anything are around as at be became because
  become been before being below between both but by can cannot could did do does doing done
  down during each either else enough even ever every few for from further had has have
  having he her here hers herself him himself his how however i if in into is it its itself
  just least less let like made make many may me might more most much must my myself neither
  no nor not now of off often on once one only onto or other others otherwise our ours
  ourselves out over own per perhaps quite rather same shall she should since so some such
  than that the their theirs them themselves then there therefore these they this those
  though through thus to too toward towards under until up upon us very via was we well were
  what whatever when where whether which while who whom whose why will with within without
  would yet you your yours yourself
  mr mrs ms madam president excellency excellencies regarding`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
