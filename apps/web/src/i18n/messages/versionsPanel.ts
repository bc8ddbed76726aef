// The history panel's and version viewer's own words (lists, loading, the redline). Apart from
// messages/versions.ts, which the toolbar needs at once, so that they load with the panel.
import { defineMessages } from '../catalogue';

export const t = defineMessages('versionsPanel', {
  saveVersion: 'Save version…',
  loadingVersions: 'Loading the versions…',
  loadingHistory: 'Loading the history…',
  showAutomatic: 'Show automatic versions ({{count}})',
  noVersions:
    'No versions yet. Plenary keeps one at every status change and after each pause in editing; save your own to mark a moment.',
  list: 'Versions',
  noActivity: 'Nothing has happened to this statement yet.',
  spokenInsert: '[added: ',
  spokenDelete: '[removed: ',
  paragraphBreak: 'Paragraph break',
  changes: 'Changes from {{from}} to {{to}}',
  empty: 'This version is empty.',
  comparing: 'Comparing…',
  currentText: 'the current text',
});
