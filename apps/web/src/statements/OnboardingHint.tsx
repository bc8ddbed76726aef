// For someone who drafts for no delegation: what they can do here, worded for their role.
import type { Memberships } from '../debates/useMemberships';
import { Link } from '../routing/Link';

export function OnboardingHint({ memberships }: { memberships: Memberships }) {
  const roles = new Set([...memberships.delegations.values()].map((d) => d.myRole));
  if (roles.has('reviewer')) {
    return (
      <p className="hint-card">
        You review for your delegation: its drafters start the statements, which appear below. Open
        one to suggest changes or comment, then clear it or send it back with what needs to change.
      </p>
    );
  }
  if (roles.has('viewer')) {
    return (
      <p className="hint-card">
        You can read your delegation’s statements, which appear below as its drafters start them.
      </p>
    );
  }
  if (memberships.managedDebateIds.size > 0) {
    return (
      <p className="hint-card">
        You organize debates; delegations write the statements. Add delegations and invite their
        drafters on <Link to="/debates">your debates</Link>; submitted statements appear there.
      </p>
    );
  }
  return (
    <p className="hint-card">
      You do not belong to a delegation yet. Ask your debate’s organizer for an invitation, or{' '}
      <Link to="/debates">start a debate</Link>.
    </p>
  );
}
