import type { UserIdentity } from './identity/useIdentity';
import { initialsOf } from './presence/initialsOf';
import { Link } from './routing/Link';

interface AppHeaderProps {
  identity: UserIdentity | null;
  onChangeName: () => void;
}

export function AppHeader({ identity, onChangeName }: AppHeaderProps) {
  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand" aria-label="Plenary — all statements">
        <span className="app-header__mark" aria-hidden="true">
          P
        </span>
        <span className="app-header__name">Plenary</span>
      </Link>
      {identity ? (
        <button
          type="button"
          className="identity-chip"
          onClick={onChangeName}
          aria-label={`You appear as ${identity.name}. Change your display name`}
        >
          <span
            className="identity-chip__avatar"
            style={{ backgroundColor: identity.color }}
            aria-hidden="true"
          >
            {initialsOf(identity.name)}
          </span>
          <span className="identity-chip__name">{identity.name}</span>
        </button>
      ) : null}
    </header>
  );
}
