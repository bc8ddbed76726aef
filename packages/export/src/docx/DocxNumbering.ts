import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';

// Word list numbering. Each list gets its own numbering instance so it restarts at its
// first number; nested lists use a definition per depth so their markers follow UN
// practice: 1. → (a) → (i) for numbered lists, • → – → ◦ for bullets.

const ORDERED = [
  { format: LevelFormat.DECIMAL, text: (n: number) => `%${n}.` },
  { format: LevelFormat.LOWER_LETTER, text: (n: number) => `(%${n})` },
  { format: LevelFormat.LOWER_ROMAN, text: (n: number) => `(%${n})` },
] as const;

const BULLETS = ['•', '–', '•'] as const;

/** Left indent of a list paragraph's text at a nesting depth, in twips. */
export function listIndent(depth: number): number {
  return 851 + 567 * depth;
}

export class DocxNumbering {
  private readonly levels = new Map<string, ILevelsOptions>();
  private instances = 0;

  /** A fresh numbering instance for one list at one depth. */
  list(ordered: boolean, start: number, depth: number) {
    const reference = ordered ? `ordered-${depth}-${start}` : `bullet-${depth}`;
    if (!this.levels.has(reference)) this.levels.set(reference, level(ordered, start, depth));
    this.instances += 1;
    return { reference, level: 0, instance: this.instances };
  }

  get options(): INumberingOptions {
    const config = [...this.levels].map(([reference, levels]) => ({ reference, levels: [levels] }));
    return { config };
  }
}

function level(ordered: boolean, start: number, depth: number): ILevelsOptions {
  const paragraph = { indent: { left: listIndent(depth), hanging: 425 } };
  if (!ordered) {
    const text = BULLETS[depth % BULLETS.length] ?? '•';
    return {
      level: 0,
      format: LevelFormat.BULLET,
      text,
      alignment: AlignmentType.LEFT,
      style: { paragraph },
    };
  }
  const marker = ORDERED[depth % ORDERED.length] ?? ORDERED[0];
  return {
    level: 0,
    format: marker.format,
    text: marker.text(1),
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph },
  };
}
