import { apiRequest } from '../api/apiRequest';

export interface SuggestionDecision {
  decision: 'accept' | 'reject';
  ids?: string[];
  authorId?: string;
}

export const suggestionsApi = {
  /** Accepts or rejects on the server, recorded in the statement's history. */
  async decide(statementId: string, body: SuggestionDecision): Promise<number> {
    const path = `/statements/${encodeURIComponent(statementId)}/suggestions/decisions`;
    const payload = await apiRequest(path, { method: 'POST', body });
    const count = (payload as { count?: unknown } | null)?.count;
    return typeof count === 'number' ? count : 0;
  },
};
