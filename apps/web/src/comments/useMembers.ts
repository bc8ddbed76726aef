// The people who can be mentioned in a statement's comments: its delegations' members.
import { useApiQuery } from '../api/useApiQuery';
import { commentsApi, type Member } from './commentsApi';

const NONE: Member[] = [];

/** Empty until loaded, and when the list cannot be read (mentions then stay plain text). */
export function useMembers(statementId: string): Member[] {
  const { data } = useApiQuery(['statement', statementId, 'members'], (signal) =>
    commentsApi.members(statementId, signal),
  );
  return data ?? NONE;
}
