// The frame of every page: loading, the header and its navigation.
import { defineMessages } from '../catalogue';

export const t = defineMessages('app', {
  opening: 'Opening Plenary…',
  retry: 'Try again',
  skip: 'Skip to content',
  header: {
    home: 'Plenary — all statements',
    nav: 'Main',
    statements: 'Statements',
    debates: 'Debates',
    password: 'Password',
    signOut: 'Sign out',
  },
});
