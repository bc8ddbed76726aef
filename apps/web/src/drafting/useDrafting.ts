// Drafting against the discussion points, for one open statement: the debate's points, the
// paragraphs and their tags, coverage, speaking time and suggestions (recomputed at most
// once a frame), who writes where, and the point menu of one paragraph at a time.
import {
  statementMeasures,
  type ParagraphSuggestions,
  type StatementMeasures,
} from '@plenary/drafting-metrics';
import type { StatementLanguage } from '@plenary/statement-model/languages';
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { LabelledText } from '../conceptNotes/conceptNotesApi';
import { useDebatePoints } from '../conceptNotes/useDebatePoints';
import type { StatementContext } from '../statements/useStatementContext';
import { showPointPlaceholders } from './DraftingDecorations';
import { draftParagraphsOf, paragraphAt, type DraftParagraph } from './draftParagraphs';
import { anchorParagraph, type ParagraphTarget } from './locateParagraph';
import { useDraftParagraphs } from './useDraftParagraphs';
import { useSectionPresence, type SectionPresence } from './useSectionPresence';
import { useSpeakingRate, type SpeakingRate } from './useSpeakingRate';
import { usePointSuggestions } from './usePointSuggestions';

export interface TagMenuRequest {
  /** Anchored, so the menu keeps to its paragraph while colleagues edit around it. */
  target: ParagraphTarget;
}

export interface Drafting {
  editor: Editor | null;
  /** The debate's discussion points; null while loading. */
  points: LabelledText[] | null;
  pointsError: string | null;
  paragraphs: DraftParagraph[];
  activeId: string | null;
  metrics: StatementMeasures;
  /** The same, as if every open suggestion were accepted; null when none is open. */
  acceptedMetrics: StatementMeasures | null;
  /**
   * Suggested points for the statement's untagged body paragraphs (not its header); empty
   * until asked for with `wantSuggestions` or the caret is in the text.
   */
  suggestions: ParagraphSuggestions[];
  wantSuggestions: () => void;
  limitMinutes: number | null;
  rate: SpeakingRate;
  presence: SectionPresence;
  menu: TagMenuRequest | null;
  openMenu: (request: TagMenuRequest) => void;
  closeMenu: () => void;
}

interface DraftingInput {
  editor: Editor | null;
  awareness: Awareness | null;
  debateId: string | null;
  context: StatementContext | null;
  leadDelegationId: string | null;
  /** The statement's language, which decides the speaking rate's default and unit. */
  language?: StatementLanguage;
}

export function useDrafting(input: DraftingInput): Drafting {
  const { editor, awareness, context } = input;
  const { points: debatePoints, error: pointsError } = useDebatePoints(input.debateId);
  const points = debatePoints?.discussionPoints ?? null;
  const { paragraphs, activeId } = useDraftParagraphs(editor);
  const rate = useSpeakingRate(context, input.leadDelegationId, input.language);
  const presence = useSectionPresence(editor, awareness, paragraphs);
  const [menu, setMenu] = useState<TagMenuRequest | null>(null);
  const limit = context?.debate.speakingLimitMinutes ?? null;
  const limitMinutes = limit !== null && limit > 0 ? limit : null;

  const metrics = useMemo(() => {
    const options = { wordsPerMinute: rate.wordsPerMinute, limitMinutes };
    return statementMeasures(paragraphs, points ?? [], options);
  }, [paragraphs, points, rate.wordsPerMinute, limitMinutes]);

  const acceptedMetrics = useMemo(() => {
    if (paragraphs.every((paragraph) => paragraph.acceptedText === paragraph.text)) return null;
    const options = { wordsPerMinute: rate.wordsPerMinute, limitMinutes };
    const accepted = paragraphs.map((paragraph) => ({
      ...paragraph,
      text: paragraph.acceptedText,
    }));
    return statementMeasures(accepted, points ?? [], options);
  }, [paragraphs, points, rate.wordsPerMinute, limitMinutes]);

  const { suggestions, want: wantSuggestions } = usePointSuggestions(paragraphs, points, activeId);

  useEffect(() => {
    if (editor && points) showPointPlaceholders(editor.view, points);
  }, [editor, points]);

  useEffect(() => {
    if (!editor) return;
    editor.storage.draftingSupport.openTagMenu = () => {
      // Read now, not from the last frame: the shortcut may follow a keystroke at once.
      const { doc, selection } = editor.state;
      const paragraph = paragraphAt(draftParagraphsOf(doc), doc, selection.head);
      if (!editor.isEditable || !paragraph?.taggable) return false;
      setMenu({ target: anchorParagraph(editor.state, paragraph) });
      return true;
    };
    return () => {
      editor.storage.draftingSupport.openTagMenu = null;
    };
  }, [editor]);

  const closeMenu = useCallback(() => setMenu(null), []);
  return {
    editor,
    points,
    pointsError,
    paragraphs,
    activeId,
    metrics,
    acceptedMetrics,
    suggestions,
    wantSuggestions,
    limitMinutes,
    rate,
    presence,
    menu,
    openMenu: setMenu,
    closeMenu,
  };
}
