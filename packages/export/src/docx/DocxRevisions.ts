import type { RunSuggestion } from '../content/Block.js';

/** Word revision marks (w:ins / w:del): a unique id each, the author's name and the date. */
export class DocxRevisions {
  private next = 1;

  constructor(private readonly authors: Record<string, string>) {}

  mark(suggestion: RunSuggestion): { id: number; author: string; date: string } {
    const date = new Date(suggestion.createdAt);
    return {
      id: this.next++,
      author: this.authors[suggestion.authorId] ?? 'Reviewer',
      // Word reads second precision, in UTC.
      date: (Number.isNaN(date.getTime()) ? new Date(0) : date)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    };
  }
}
