// Debates and their delegations, as far as the signed-in person may see them.
import { Debate, DebateDetail } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall, apiRequest } from '../api/apiRequest';

export type { Debate, DebateDetail, DelegationRole } from '@plenary/api';
/** A delegation with the signed-in person's role in it, if any. */
export type Delegation = DebateDetail['delegations'][number];

export type PresidentSalutation = NonNullable<Debate['presidentSalutation']>;

/** What an organizer changes in the debate's settings. */
export type DebateSettings = Partial<
  Pick<Debate, 'speakingLimitMinutes' | 'speakingLimitStrict' | 'presidentSalutation'>
>;

export interface TrashedDebate extends Debate {
  deletedAt: string;
}

export interface NewDebate {
  theme: string;
  body?: string | null;
  meetingDate?: string | null;
  presidency?: string | null;
  trainingExercise?: boolean;
}

const One = z.object({ debate: Debate });
const debatePath = (id: string) => `/debates/${encodeURIComponent(id)}`;

export const debatesApi = {
  async create(input: NewDebate): Promise<Debate> {
    return (await apiCall(One, '/debates', { method: 'POST', body: input })).debate;
  },

  async update(id: string, settings: DebateSettings): Promise<Debate> {
    return (await apiCall(One, debatePath(id), { method: 'PATCH', body: settings })).debate;
  },

  /** To the Trash: its organizers may restore it for the retention period. */
  async remove(id: string): Promise<void> {
    await apiRequest(debatePath(id), { method: 'DELETE' });
  },

  async restore(id: string): Promise<void> {
    await apiRequest(`${debatePath(id)}/restore`, { method: 'POST' });
  },

  /** Deleted debates the person organized, with how many days the Trash keeps them. */
  async trash(signal?: AbortSignal): Promise<{ debates: TrashedDebate[]; retentionDays: number }> {
    const Trash = z.object({ debates: z.array(Debate), retentionDays: z.number() });
    const { debates, retentionDays } = await apiCall(Trash, '/trash/debates', { signal });
    return {
      debates: debates.map((debate) => ({ ...debate, deletedAt: debate.deletedAt ?? '' })),
      retentionDays,
    };
  },

  async list(signal?: AbortSignal): Promise<Debate[]> {
    return (await apiCall(z.object({ debates: z.array(Debate) }), '/debates', { signal })).debates;
  },

  get(id: string, signal?: AbortSignal): Promise<DebateDetail> {
    return apiCall(DebateDetail, debatePath(id), { signal });
  },
};
