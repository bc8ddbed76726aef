// Mirrors the server's password rule so people learn it before submitting.
export const PASSWORD_MIN_LENGTH = 10;

/** What is wrong with a new password, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters; a short sentence works well.`;
  }
  return null;
}
