// The owning delegation's speaking rate (words per minute), which the meter times the text
// at. Drafters of the delegation may change it; the change is saved for the delegation.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';
import { DEFAULT_WORDS_PER_MINUTE } from '@plenary/metrics';
import type { StatementContext } from '../statements/useStatementContext';

export const MIN_WORDS_PER_MINUTE = 60;
export const MAX_WORDS_PER_MINUTE = 250;

export interface SpeakingRate {
  wordsPerMinute: number;
  /** Null when the person may not change it (reviewers, viewers) or it is not known yet. */
  save: ((wordsPerMinute: number) => Promise<void>) | null;
}

async function saveRate(delegationId: string, wordsPerMinute: number): Promise<number> {
  const payload = await apiRequest(`/delegations/${encodeURIComponent(delegationId)}`, {
    method: 'PATCH',
    body: { wordsPerMinute },
  });
  const delegation = isRecord(payload) ? payload.delegation : undefined;
  const saved = isRecord(delegation) ? delegation.wordsPerMinute : undefined;
  if (typeof saved !== 'number') {
    throw new ApiError('response.invalid', 'The speaking rate could not be read back.', 200);
  }
  return saved;
}

/** `leadDelegationId`: the statement's first delegation, whose rate times a joint statement. */
export function useSpeakingRate(
  context: StatementContext | null,
  leadDelegationId: string | null,
): SpeakingRate {
  const delegation = context?.delegations.find((item) => item.id === leadDelegationId) ?? null;
  const known = delegation?.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
  const [wordsPerMinute, setWordsPerMinute] = useState(known);

  useEffect(() => setWordsPerMinute(known), [known]);

  const delegationId = delegation?.id ?? null;
  const mayChange = delegation?.myRole === 'drafter';
  const save = useCallback(
    async (next: number) => {
      if (!delegationId) return;
      setWordsPerMinute(await saveRate(delegationId, next));
    },
    [delegationId],
  );
  return { wordsPerMinute, save: mayChange ? save : null };
}
