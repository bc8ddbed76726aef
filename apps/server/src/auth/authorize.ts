import { AppError } from '../errors/AppError.js';
import type { Actor } from './Actor.js';
import { can, type Action, type Resource } from './policy.js';

/**
 * Throws unless allowed. A resource the actor may not even see is reported as not found,
 * so that its existence does not leak; one they may see but not change is forbidden.
 */
export function authorize(actor: Actor, action: Action, resource: Resource, visible = true): void {
  if (can(actor, action, resource)) return;
  if (!visible)
    throw new AppError('resource.not_found', 404, 'Not found, or you do not have access to it.');
  throw new AppError(
    'auth.forbidden',
    403,
    'Your role does not allow this. Ask an organizer if you need access.',
  );
}

export const unauthenticated = (): AppError =>
  new AppError(
    'auth.unauthenticated',
    401,
    'You are not signed in, or your session has expired. Sign in again.',
  );
