import * as z from 'zod/mini';
import { apiCall } from '../api/apiRequest';

export interface SuggestionDecision {
  decision: 'accept' | 'reject';
  ids?: string[];
  authorId?: string;
}

const Settled = z.object({ count: z.number() });

export const suggestionsApi = {
  /** Accepts or rejects on the server, recorded in the statement's history. */
  async decide(statementId: string, body: SuggestionDecision): Promise<number> {
    const path = `/statements/${encodeURIComponent(statementId)}/suggestions/decisions`;
    return (await apiCall(Settled, path, { method: 'POST', body })).count;
  },
};
