// Shared pieces of the interface: dialogs, the not-found page, who is here.
import { defineMessages } from '../catalogue';

export const t = defineMessages('ui', {
  cancel: 'Cancel',
  notFound: {
    page: 'Page not found',
    statement: 'Statement not found',
    debate: 'Debate not found',
    document: 'Document not found',
    documentTitle: 'Not found — Plenary',
    nothingHere: 'There is nothing at this address.',
    gone: 'It may have been deleted, you may not have access to it, or the link may be incomplete.',
    home: 'Go to all statements',
  },
  presence: {
    you: '{{name}} (you)',
    here: 'Here now: {{names}}',
  },
});
