import { describe, expect, it } from 'vitest';
import { summaryAuthors } from './summaryAuthors.js';

describe('summaryAuthors', () => {
  it('names the co-hosts or co-organizers as subject or after "by"', () => {
    expect(summaryAuthors('The co-hosts will circulate a summary of the meeting.')).toBe(
      "co-hosts' summary",
    );
    expect(summaryAuthors('A summary of the discussion will be prepared by the co-hosts.')).toBe(
      "co-hosts' summary",
    );
    expect(summaryAuthors('Los coorganizadores prepararán un resumen de la reunión.')).toBe(
      "co-organizers' summary",
    );
    expect(summaryAuthors('Les coorganisateurs établiront un résumé de la réunion.')).toBe(
      "co-organizers' summary",
    );
  });

  it('gives co-chairs their own summary (decided in session 13)', () => {
    expect(summaryAuthors('The co-chairs will prepare a summary of the dialogue.')).toBe(
      "co-chairs' summary",
    );
    expect(summaryAuthors('Un résumé sera établi par les coprésidents.')).toBe(
      "co-chairs' summary",
    );
  });

  it('leaves organizers, offices and named States to the note', () => {
    expect(summaryAuthors('A summary will be circulated by the organizers.')).toBeNull();
    expect(summaryAuthors('Mexico and Ireland will prepare a summary.')).toBeNull();
    expect(summaryAuthors('The President will issue a summary.')).toBeNull();
  });
});
