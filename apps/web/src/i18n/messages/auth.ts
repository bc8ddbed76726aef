// Signing in, setting up the first account and changing a password.
import { defineMessages } from '../catalogue';

export const t = defineMessages('auth', {
  document: '{{title}} — Plenary',
  signIn: {
    missing: 'Enter the email address and password of your Plenary account.',
    title: 'Sign in to Plenary',
    lead: 'New here? Open the invitation link your organizer sent you.',
    email: 'Email',
    password: 'Password',
    busy: 'Signing in…',
    submit: 'Sign in',
  },
  setup: {
    missing: 'Enter your name and email address.',
    title: 'Set up Plenary',
    lead: 'No account exists yet. Create the first one; it will administer this installation.',
    name: 'Your name',
    nameHint: 'Shown to colleagues next to your cursor.',
    email: 'Email',
    password: 'Password',
    busy: 'Creating the account…',
    submit: 'Create administrator account',
  },
  password: {
    title: 'Change your password',
    currentMissing: 'Enter your current password.',
    changed: 'Your password was changed. Every other browser signed in as you was signed out.',
    close: 'Close',
    current: 'Current password',
    new: 'New password',
    cancel: 'Cancel',
    busy: 'Changing…',
    submit: 'Change password',
    rule: 'At least {{min}} characters; a short sentence works well.',
    strong: 'Strong enough.',
    withLead: '{{lead}} {{verdict}}',
  },
  errors: {
    account: 'The server sent an account this page cannot read.',
    session: 'The session could not be read.',
  },
});
