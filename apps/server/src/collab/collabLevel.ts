import type { Actor } from '../auth/Actor.js';
import { can, type Resource } from '../auth/policy.js';

/** How far a person may change a statement's text: edit it, suggest changes, or read it. */
export type CollabLevel = 'edit' | 'suggest' | 'read';

export function collabLevel(actor: Actor, resource: Resource): CollabLevel {
  if (can(actor, 'statement.editText', resource)) return 'edit';
  if (can(actor, 'statement.suggest', resource)) return 'suggest';
  return 'read';
}
