export {
  passwordProblem,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MIN_SCORE,
  type PasswordProblem,
  type PasswordProblemCode,
} from './passwordPolicy.js';
