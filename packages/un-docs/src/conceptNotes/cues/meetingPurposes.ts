// Round 15c: words saying what a meeting is for, which English puts between its level and its
// kind ("a high-level stocktaking event", "a high-level review meeting", "a high-level pledging
// event"). By the 2026-12-05 convention ("A meeting's length is a qualifier; its purpose is
// not") they are no part of the format: the kind is read across them and they are not kept.

/** A purpose word standing before a meeting's kind, with the space after it. */
export const PURPOSE_BEFORE_KIND = String.raw`(?:(?:stock-?taking|review|pledging|launch|follow-up|preparatory|consultative)\s+)?`;
