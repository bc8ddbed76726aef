// Suggesting mode above the text and the suggestions panel's toggle (first load); the panel's
// own messages load with it, from messages/suggestionsPanel.ts.
import { defineMessages } from '../catalogue';

export const t = defineMessages('suggestions', {
  modes: {
    editing: 'Editing',
    editingHint: 'Change the text directly',
    suggesting: 'Suggesting',
    suggestingHint: 'Your changes become suggestions that a drafter accepts or rejects',
  },
  fixed: 'Suggesting — your changes are proposals for the drafters',
  groupLabel: 'Editing mode',
  shortcut: '{{hint}} ({{keys}})',
  toggle: {
    show: 'Show the suggested changes',
    hide: 'Hide the suggested changes',
    label: 'Suggestions',
    open: '{{count}} open',
  },
});
