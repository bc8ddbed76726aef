// Each screen is its own chunk: a statement opened from a link should not wait for the
// debate, import or library screens, nor they for the editor.
import { lazyNamed } from './lazyNamed';

export const StatementPage = lazyNamed(() => import('../editor/StatementPage'), 'StatementPage');
export const DebatePage = lazyNamed(() => import('../debates/DebatePage'), 'DebatePage');
export const OutcomePage = lazyNamed(() => import('../outcome/OutcomePage'), 'OutcomePage');
export const DebatesPage = lazyNamed(() => import('../debates/DebatesPage'), 'DebatesPage');
export const ReferencePage = lazyNamed(() => import('../library/ReferencePage'), 'ReferencePage');
export const StatementsPage = lazyNamed(
  () => import('../statements/StatementsPage'),
  'StatementsPage',
);
export const InvitationPage = lazyNamed(
  () => import('../invitations/InvitationPage'),
  'InvitationPage',
);
export const SetupPage = lazyNamed(() => import('../auth/SetupPage'), 'SetupPage');
