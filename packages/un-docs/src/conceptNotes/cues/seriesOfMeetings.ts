// Round w37ct: a body that will hold "a series of" meetings (`le Conseil tiendra cette année
// encore une série de dialogues`, "the Council will hold once more a series of dialogues", `el
// Consejo celebrará además una serie de mesas redondas`) holds other meetings within the one
// announced, not that one: by the convention on a text announcing several meetings, no convener
// is carried over from them. Read on the words right after the verb, a few adverbs between.

const SERIES =
  /^\s+(?:[\p{L}'’-]+\s+){0,4}?(?:a\s+series\s+of|a\s+number\s+of|several|various|une\s+série\s+de|plusieurs|diverses?|una\s+serie\s+de|vari[oa]s|diversos|diversas)(?![\p{L}])/iu;

/** Whether what a body holds, after its verb, is a series of meetings. */
export function holdsSeries(afterVerb: string): boolean {
  return SERIES.test(afterVerb);
}
