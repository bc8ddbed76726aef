// Quoting sentences of a library paragraph, in the editor's side panel: apart from the
// other safeguards' messages, so the panel's first load carries only these few.
import { defineMessages } from '../catalogue';

export const t = defineMessages('quote', {
  quote: {
    open: 'Quote…',
    openLabel: 'Quote from paragraph {{number}} of {{source}}',
    choose: 'Sentences to quote',
    insert_one: 'Insert 1 sentence',
    insert_other: 'Insert {{count}} sentences',
    insertLabel: 'Insert the chosen sentences of paragraph {{number}} of {{source}} as a quotation',
    all: 'Whole paragraph',
    cancel: 'Cancel',
  },
});
