// The speaking rate the meter times the text at. The owning delegation's rate (which its
// drafters may change) is for the delegation's usual language; a statement in another
// language is timed at that language's documented default (Chinese in characters a minute).
import { languageRate } from '@plenary/drafting-metrics';
import type { StatementLanguage } from '@plenary/statement-model/languages';
import { useCallback, useEffect, useState } from 'react';
import { Delegation } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall } from '../api/apiRequest';
import type { StatementContext } from '../statements/useStatementContext';

export const MIN_WORDS_PER_MINUTE = 60;
/** Words; Chinese characters go faster (180 a minute by default), up to 400. */
export const MAX_WORDS_PER_MINUTE = 250;
export const MAX_CHARACTERS_PER_MINUTE = 400;

export interface SpeakingRate {
  wordsPerMinute: number;
  unit: 'words' | 'characters';
  language: StatementLanguage;
  /** False when the statement is not in the delegation's usual language (a default rate). */
  isDelegationRate: boolean;
  /** Null when the person may not change it (the delegation's abilities) or it is not known yet. */
  save: ((wordsPerMinute: number) => Promise<void>) | null;
}

async function saveRate(delegationId: string, wordsPerMinute: number): Promise<number> {
  const Answer = z.object({ delegation: Delegation });
  const path = `/delegations/${encodeURIComponent(delegationId)}`;
  const answer = await apiCall(Answer, path, { method: 'PATCH', body: { wordsPerMinute } });
  return answer.delegation.wordsPerMinute;
}

/** `leadDelegationId`: the statement's first delegation, whose rate times a joint statement. */
export function useSpeakingRate(
  context: StatementContext | null,
  leadDelegationId: string | null,
  language: StatementLanguage = 'en',
): SpeakingRate {
  const delegation = context?.delegations.find((item) => item.id === leadDelegationId) ?? null;
  const defaults = languageRate(language);
  const isDelegationRate = delegation !== null && delegation.language === language;
  const known = isDelegationRate ? delegation.wordsPerMinute : defaults.perMinute;
  const [wordsPerMinute, setWordsPerMinute] = useState(known);

  useEffect(() => setWordsPerMinute(known), [known]);

  const delegationId = delegation?.id ?? null;
  const mayChange = delegation?.abilities.changeSettings === true && isDelegationRate;
  const save = useCallback(
    async (next: number) => {
      if (!delegationId) return;
      setWordsPerMinute(await saveRate(delegationId, next));
    },
    [delegationId],
  );
  return {
    wordsPerMinute,
    unit: defaults.unit,
    language,
    isDelegationRate,
    save: mayChange ? save : null,
  };
}
