// Element ids shared by the panels and their toggles (aria-controls). Kept apart from the
// panels so a toggle does not pull a lazily loaded panel into the first screen's chunk.
export const SIDE_PANEL_ID = 'statement-side-panel';
export const COMMENTS_PANEL_ID = 'statement-comments-panel';
export const SUGGESTIONS_PANEL_ID = 'statement-suggestions-panel';
