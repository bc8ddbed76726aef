import { t } from '../i18n/messages/invitations';

const LABELS: Record<string, string> = {
  drafter: t('roles.drafter'),
  reviewer: t('roles.reviewer'),
  viewer: t('roles.viewer'),
  organizer: t('roles.organizer'),
};

/** A role as people read it, with what it allows. */
export function roleLabel(role: string): string {
  return LABELS[role] ?? role;
}
