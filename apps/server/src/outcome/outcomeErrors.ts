import { AppError } from '../errors/AppError.js';

export const outcomeNotFound = (): AppError =>
  new AppError(
    'outcome.not_found',
    404,
    'This debate has no outcome document yet, or you do not take part in the debate.',
  );

export const amendmentNotFound = (): AppError =>
  new AppError('amendment.not_found', 404, 'This amendment does not exist, or you cannot see it.');

export const revisionNotFound = (): AppError =>
  new AppError('revision.not_found', 404, 'This revision does not exist, or you cannot see it.');

export const notInDebate = (): AppError =>
  new AppError(
    'delegation.not_in_debate',
    422,
    'That delegation does not take part in this debate. Choose one of the debate’s delegations.',
  );

export const notDrafting = (status: string): AppError =>
  new AppError(
    status === 'adopted' ? 'outcome.adopted' : 'outcome.under_silence',
    409,
    status === 'adopted'
      ? 'The outcome document was adopted and is frozen: nothing in it can change.'
      : 'The text is under silence: it cannot change unless a delegation breaks silence.',
  );
