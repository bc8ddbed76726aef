// The password rule, shared by the server (which enforces it) and the web forms (which show
// it as people type). Length alone lets "aaaaaaaaaaaa" through; the estimator does not.
// The estimator and its dictionaries (about 1.5 MB) load on first use, not at server start
// or page load.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn score 0–4; 3 means "safely unguessable: moderate protection from offline attacks". */
export const PASSWORD_MIN_SCORE = 3;

export type PasswordProblemCode = 'password.too_short' | 'password.too_long' | 'password.too_weak';

export interface PasswordProblem {
  code: PasswordProblemCode;
  /** One sentence saying what is wrong and what to do instead. */
  message: string;
}

/** "amina.diallo@example.org" → amina.diallo, amina, diallo, example.org, example, org. */
const wordsOf = (text: string): string[] => {
  const lower = text.toLowerCase();
  return [lower, ...lower.split(/[@\s]+/), ...lower.split(/[@.\s_-]+/)];
};

/** What is wrong with a new password, or null when it is acceptable. */
export type PasswordCheck = (
  password: string,
  context?: readonly string[],
) => PasswordProblem | null;

let loading: Promise<PasswordCheck> | undefined;

/**
 * The password rule, once its dictionaries have loaded. `context` holds words an attacker
 * would try first (the email, the person's name); "plenary" is always one.
 */
export function loadPasswordCheck(): Promise<PasswordCheck> {
  loading ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    const estimator = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
      // The estimator is quadratic in length; past this a password is long enough anyway.
      maxLength: 64,
    });
    return (password, context = []) => passwordProblem(estimator, password, context);
  })();
  return loading;
}

function passwordProblem(
  estimator: ZxcvbnFactory,
  password: string,
  context: readonly string[],
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return {
      code: 'password.too_short',
      message: `Use at least ${PASSWORD_MIN_LENGTH} characters (${length} so far); a short sentence works well.`,
    };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return {
      code: 'password.too_long',
      message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
    };
  }
  const inputs = ['plenary', ...context.flatMap(wordsOf)];
  const result = estimator.check(
    password,
    inputs.filter((word) => word.length >= 3),
  );
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const why = result.feedback.warning ?? 'This password would be easy to guess.';
  const hint = result.feedback.suggestions[0] ?? 'Add a few unrelated words.';
  return { code: 'password.too_weak', message: `${why.replace(/\.?$/, '.')} ${hint}` };
}
