// Debates and their delegations, as far as the signed-in person may see them.
import { Debate, DebateDetail } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall } from '../api/apiRequest';

export type { Debate, DebateDetail, DelegationRole } from '@plenary/api';
/** A delegation with the signed-in person's role in it, if any. */
export type Delegation = DebateDetail['delegations'][number];

export interface NewDebate {
  theme: string;
  body?: string | null;
  meetingDate?: string | null;
  presidency?: string | null;
  trainingExercise?: boolean;
}

export const debatesApi = {
  async create(input: NewDebate): Promise<Debate> {
    const One = z.object({ debate: Debate });
    return (await apiCall(One, '/debates', { method: 'POST', body: input })).debate;
  },

  async list(signal?: AbortSignal): Promise<Debate[]> {
    return (await apiCall(z.object({ debates: z.array(Debate) }), '/debates', { signal })).debates;
  },

  get(id: string, signal?: AbortSignal): Promise<DebateDetail> {
    return apiCall(DebateDetail, `/debates/${encodeURIComponent(id)}`, { signal });
  },
};
