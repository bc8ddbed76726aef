import type { NoteLayout } from '../layout/NoteLayout.js';
import { candidate, type Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';

// Round 31d: a news item's subheading in its body names the meeting the paragraph under it
// announces ("Briefing on Relationship between Conflict and Environmental Harm" / "One key event
// for the month, a thematic briefing on the relationship between conflict and environmental
// harms, will take place on 6 November"; "Debate Abierto sobre Mujeres Mediadoras en Procesos de
// Paz" / "…, un debate abierto sobre las mujeres mediadoras en los procesos de paz, tendrá lugar
// …"). The theme is named twice, and a heading line before a sentence by the convention (as the
// eighth holdout's two readers read it): the subheading's subject is taken, just above the
// sentence's (0.5) and below a title line's (0.58). Only when the sentence's subject holds each
// of the subheading's words (a plural aside), so a subheading naming another meeting, or only a
// part of the theme, is not.

function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((word) => word.replace(/s$/u, ''));
}

export const subheadingTheme: Cue<string> = ({ layout, titleBlocks, sentences }: NoteLayout) =>
  layout.flatMap((block, index) => {
    if (block.heading === null || block.field !== null || titleBlocks.includes(index)) return [];
    const heading = subjectOf(block.text, true);
    const sentence = sentences.find((each) => each.block === index + 1)?.text ?? '';
    const announced = heading ? subjectOf(sentence, false) : null;
    if (!heading || !announced) return [];
    const told = new Set(words(announced));
    const own = words(heading);
    return own.length >= 2 && own.every((word) => told.has(word))
      ? [candidate(heading, 0.55, block.text, 'subheadingTheme')]
      : [];
  });
