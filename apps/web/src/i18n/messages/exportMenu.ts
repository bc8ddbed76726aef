// The statement page's Export button and its progress note. Apart from messages/exports.ts
// so that the formats, copy buttons and submission pack load when the menu opens.
import { defineMessages } from '../catalogue';

export const t = defineMessages('exportMenu', {
  export: 'Export',
  preparing: 'Preparing {{label}}…',
  downloaded: 'Downloaded “{{name}}”.',
  dismiss: 'Dismiss',
});
