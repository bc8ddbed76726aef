/** Citation notes in order of appearance, numbered from 1 as a reader counts them. */
export class NoteList {
  private readonly references: string[] = [];

  /** Adds a note and returns its number. */
  add(reference: string): number {
    this.references.push(reference);
    return this.references.length;
  }

  get notes(): readonly string[] {
    return this.references;
  }
}
