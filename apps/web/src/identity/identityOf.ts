import type { SessionUser } from '../auth/sessionApi';
import { colorForName } from './colorForName';

/** How a person appears to colleagues: the name and colour on their caret and avatar. */
export interface UserIdentity {
  name: string;
  color: string;
}

/** The identity of a signed-in account. The colour follows the account, not the name. */
export function identityOf(user: SessionUser): UserIdentity {
  return { name: user.displayName, color: colorForName(user.id) };
}
