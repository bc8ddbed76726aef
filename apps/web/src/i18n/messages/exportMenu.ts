// The export menu's entries with suggestions shown. Apart from messages/exports.ts, which the
// page needs at once, so that they load with the menu.
import { defineMessages } from '../catalogue';

export const t = defineMessages('exportMenu', {
  trackedDocx: 'Word with tracked changes',
  trackedDocxNote: 'Suggestions to accept or reject in Word',
  trackedPdf: 'PDF redline',
  trackedPdfNote: 'Suggestions coloured, for reading',
});
