const LABELS: Record<string, string> = {
  drafter: 'drafter (writes and edits)',
  reviewer: 'reviewer (suggests changes and comments)',
  viewer: 'viewer (reads)',
  organizer: 'organizer',
};

/** A role as people read it, with what it allows. */
export function roleLabel(role: string): string {
  return LABELS[role] ?? role;
}
