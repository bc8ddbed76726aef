// Invitation links: creating and revoking them (organizers) and accepting one (the invitee).
import { defineMessages } from '../catalogue';

export const t = defineMessages('invitations', {
  roles: {
    drafter: 'drafter (writes and edits)',
    reviewer: 'reviewer (suggests changes and comments)',
    viewer: 'viewer (reads)',
    organizer: 'organizer',
  },
  roleOptions: {
    drafter: 'Drafter — writes and edits',
    reviewer: 'Reviewer — suggests changes and comments',
    viewer: 'Viewer — reads',
    organizer: 'Organizer of this debate',
  },
  accept: {
    otherAccount:
      'This invitation is for {{email}}, but this browser is signed in as {{current}}. Sign out first, then accept it.',
    signOut: 'Sign out of {{email}}',
    created:
      'Your Plenary account was created. From now on, sign in as {{email}} with the password you chose.',
    existing: 'You joined with your existing account, {{email}}.',
    continue: 'Continue to Plenary',
    passwordMissing: 'Enter a password.',
    for: 'For {{email}}',
    name: 'Your name',
    nameHint: 'Only if you are new to Plenary: shown to colleagues next to your cursor.',
    password: 'Password',
    passwordLead: 'Your Plenary password if you already have an account; otherwise choose one.',
    joining: 'Joining…',
    submit: 'Accept and join',
  },
  link: {
    label: 'Send this link to {{email}}. It works once, and is shown only now.',
    copied: 'Copied',
    copy: 'Copy link',
    selected: 'The link is selected: press Ctrl+C (⌘C) to copy it.',
  },
  page: {
    dead: {
      already_member: 'You have already joined',
      used: 'This invitation was already used',
      revoked: 'This invitation was withdrawn',
      expired: 'This invitation has expired',
      invalid: 'This link is not a valid invitation',
    },
    cannotBeUsed: 'This invitation cannot be used',
    open: 'Open Plenary',
    goTo: 'Go to Plenary',
    opening: 'Opening your invitation…',
    moment: 'One moment.',
    title: 'You are invited to Plenary',
    delegation: 'the delegation of {{name}}',
    organizers: 'the organizers',
    lead: 'Join {{where}} as {{role}} for {{theme}}.',
  },
  invite: {
    title: 'Invite someone',
    emailMissing: 'Enter the email address of the person to invite.',
    delegationMissing: 'Add a delegation first.',
    email: 'Email',
    emailPlaceholder: 'name@mission.example',
    role: 'Role',
    delegation: 'Delegation',
    creating: 'Creating the link…',
    create: 'Create invitation link',
  },
  pending: {
    title: 'Waiting to be accepted',
    label: 'Pending invitations',
    details: '{{role}}{{delegation}} · expires {{when}}',
    revokeLabel: 'Revoke the invitation for {{email}}',
    revoke: 'Revoke',
  },
});
