export { colorForUser, USER_PALETTE } from './colorForUser.js';
export {
  loadPasswordCheck,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MIN_SCORE,
  type PasswordCheck,
  type PasswordProblem,
  type PasswordProblemCode,
} from './passwordPolicy.js';
