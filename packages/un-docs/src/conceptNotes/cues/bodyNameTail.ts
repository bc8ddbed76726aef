import type { Candidate } from './Candidate.js';

// Round w36ct: a standing body named with "on" (the Commission on the Status of Women, the
// Committee on the Rights of the Child, the Commission on Population and Development) holds no
// subject after its "on": "… ahead of the 68th session of the Commission on the Status of Women"
// names an occasion, and "the Status of Women" is no theme.
// Round w37at: a body named by its own word before "Commission" (“the Peacebuilding Commission on
// the Sahel”, “the Peacebuilding Commission (PBC) on …”) is no such body: what follows its "on"
// is the subject of the meeting held with it, capitals or not.
const BODY_ON = /(?<![\p{L}])(?<!\p{Lu}\p{Ll}+\s+)(?:Commission|Committee)\s+on\s+$/u;
const NAME_GOES_ON = /^(?:the\s+)?\p{Lu}/u;

/** Theme candidates without one that is the end of a body's name in its source. */
export function withoutBodyNameTail(candidates: Candidate<string>[]): Candidate<string>[] {
  return candidates.filter(({ value, source }) => {
    const at = source.indexOf(value);
    // A body's name goes on in capitals ("the Status of Women"); "the Peacebuilding Commission on
    // the transition in Burundi" names a subject.
    return at < 0 || !BODY_ON.test(source.slice(0, at)) || !NAME_GOES_ON.test(value);
  });
}
