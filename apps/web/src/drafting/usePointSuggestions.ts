// Suggested points for the statement's untagged body paragraphs, computed once they can be
// seen: when the caret is in a paragraph, the pointer over the margin, or the coverage map
// open (`want`). Until then, and while ./pointSuggestions loads, there are none.
import type { ParagraphSuggestions, paragraphSuggestions } from '@plenary/drafting-metrics';
import type { LabelledText } from '../conceptNotes/conceptNotesApi';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DraftParagraph } from './draftParagraphs';
import { worthSuggesting } from './worthSuggesting';

type Suggest = typeof paragraphSuggestions;

export interface PointSuggestions {
  suggestions: ParagraphSuggestions[];
  /** Asks for the suggestions (loads what computes them, once). */
  want: () => void;
}

export function usePointSuggestions(
  paragraphs: DraftParagraph[],
  points: LabelledText[] | null,
  activeId: string | null,
): PointSuggestions {
  const [wanted, setWanted] = useState(false);
  const [suggest, setSuggest] = useState<Suggest | null>(null);
  const want = useCallback(() => setWanted(true), []);

  useEffect(() => {
    if (activeId !== null) setWanted(true);
  }, [activeId]);

  useEffect(() => {
    if (!wanted || suggest) return;
    let current = true;
    import('./pointSuggestions').then(
      (module) => {
        if (current) setSuggest(() => module.paragraphSuggestions);
      },
      // Offline before the chunk was cached: asked again the next time they are wanted.
      () => {
        if (current) setWanted(false);
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, suggest]);

  const suggestions = useMemo(
    () => (suggest ? worthSuggesting(suggest(paragraphs, points ?? []), paragraphs) : []),
    [suggest, paragraphs, points],
  );
  return { suggestions, want };
}
