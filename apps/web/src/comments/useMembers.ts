// The people who can be mentioned in a statement's comments: its delegations' members.
import { useEffect, useState } from 'react';
import { commentsApi, type Member } from './commentsApi';

const NONE: Member[] = [];

/** Empty until loaded, and when the list cannot be read (mentions then stay plain text). */
export function useMembers(statementId: string, reloadKey = 0): Member[] {
  const [members, setMembers] = useState<Member[]>(NONE);
  useEffect(() => {
    const controller = new AbortController();
    commentsApi.members(statementId, controller.signal).then(setMembers, () => undefined);
    return () => controller.abort();
  }, [statementId, reloadKey]);
  return members;
}
