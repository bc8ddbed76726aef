// The frame of every page: loading, the header and its navigation.
import { defineMessages } from '../catalogue';

export const t = defineMessages('app', {
  opening: 'Opening Plenary…',
  loading: 'Opening…',
  openingEditor: 'Opening the editor…',
  retry: 'Try again',
  skip: 'Skip to content',
  errors: {
    unreachable:
      'Could not reach the Plenary server. Check your connection and try again; nothing you typed has been lost.',
    unreadable: 'The server sent an answer this page cannot read. Please reload.',
    server: 'The server had a problem handling this request. Please try again in a moment.',
    refused: 'The request was refused (HTTP {{status}}).',
    unexpected: 'Something went wrong. Your text is safe; please try again.',
  },
  header: {
    home: 'Plenary — all statements',
    nav: 'Main',
    statements: 'Statements',
    debates: 'Debates',
    password: 'Password',
    signOut: 'Sign out',
  },
});
