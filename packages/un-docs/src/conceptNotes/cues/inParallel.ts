// Round 21: what a meeting runs alongside is its occasion, as "on the margins of" is: "… on
// water and conflict in parallel with the general debate of the General Assembly",
// `parallèlement au débat général`, `de forma paralela al debate general`. Neither the theme nor
// the body is read from it.

export const IN_PARALLEL = String.raw`(?:in\s+parallel\s+(?:with|to)|parallèlement\s+(?:à|au|aux)|en\s+parallèle\s+(?:de|du|des|à|au|aux|avec)|(?:de\s+(?:forma|manera)\s+paralela|en\s+paralelo)\s+(?:a|al|con)|paralelamente\s+(?:a|al))(?![\p{L}])`;

const IN_PARALLEL_BEFORE = new RegExp(`(?<![\\p{L}])${IN_PARALLEL}`, 'iu');

/** Whether the words before a body's name run alongside another meeting ("in parallel with the general debate of"). */
export function runsAlongside(before: string): boolean {
  return IN_PARALLEL_BEFORE.test(before);
}
