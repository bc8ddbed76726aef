// Session 14 (round 34p), on `r18-sc-un-news-open-debate-iraq-2003`: a meeting counted as the
// first of its kind since an event ("its first open debate on Iraq since hostilities broke out",
// `son premier débat public sur le Soudan depuis le début des combats`, `su primer debate abierto
// sobre Haití desde el terremoto`) is placed in time by that event, which is no part of its theme.
// Only after "first": elsewhere "since" may belong to the subject ("progress since the adoption of
// resolution 1325").

const FIRST = /(?<![\p{L}])(?:first|premier|première|primer|primera)(?![\p{L}])/iu;
const SINCE = /\s+(?:since|depuis|desde)(?![\p{L}])[\s\S]*$/iu;

/** The subject without the event a first meeting is counted from, when `line` calls it the first. */
export function withoutFirstSince(line: string, subject: string): string {
  const at = line.indexOf(subject);
  return at > 0 && FIRST.test(line.slice(0, at)) ? subject.replace(SINCE, '') : subject;
}
