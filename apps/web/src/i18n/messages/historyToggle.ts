// The statement page's History button. Apart from messages/versions.ts so that the panel's
// messages load with the panel.
import { defineMessages } from '../catalogue';

export const t = defineMessages('historyToggle', {
  toggle: 'History',
  show: 'Show the history and versions ({{shortcut}})',
  hide: 'Hide the history and versions ({{shortcut}})',
});
