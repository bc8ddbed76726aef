// Debates and their delegations, as far as the signed-in person may see them.
import { isStatementLanguage, type StatementLanguage } from '@plenary/statement-model/languages';
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';

export type DelegationRole = 'drafter' | 'reviewer' | 'viewer';

export interface Debate {
  id: string;
  theme: string;
  body: string | null;
  /** "YYYY-MM-DD" */
  meetingDate: string | null;
  /** As the concept note gives it, usually 24-hour "HH:MM", local time of the meeting. */
  meetingTime: string | null;
  presidency: string | null;
  /** "open debate", "briefing", "Arria-formula meeting", … */
  format: string | null;
  speakingLimitMinutes: number | null;
  submissionEmail: string | null;
  /** "YYYY-MM-DD" */
  submissionDeadline: string | null;
  expectedOutcome: string | null;
  /** Over the speaking limit, a statement cannot be sent for review or submitted. */
  speakingLimitStrict: boolean;
  /** How the presidency's representative is addressed, when the organizer knows. */
  presidentSalutation: PresidentSalutation | null;
}

export type PresidentSalutation = 'Mr. President,' | 'Madam President,';
const SALUTATIONS: readonly PresidentSalutation[] = ['Mr. President,', 'Madam President,'];

/** What an organizer changes in the debate's settings. */
export type DebateSettings = Partial<
  Pick<Debate, 'speakingLimitMinutes' | 'speakingLimitStrict' | 'presidentSalutation'>
>;

export interface Delegation {
  id: string;
  debateId: string;
  name: string;
  /** The signed-in person's role in this delegation, if any. */
  myRole: DelegationRole | null;
  /** The delegation's speaking rate in its usual language's unit (default 120). */
  wordsPerMinute: number;
  /** The usual language, which new statements start in. */
  language: StatementLanguage;
}

export interface DebateDetail {
  debate: Debate;
  delegations: Delegation[];
  canManage: boolean;
  /** The signed-in person's unread mentions in this debate's comments. */
  unreadMentions: number;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const count = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const invalid = () => new ApiError('response.invalid', 'A debate could not be read.', 200);

export function parseDebate(value: unknown): Debate {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.theme !== 'string') {
    throw invalid();
  }
  const { id, theme } = value;
  return {
    id,
    theme,
    body: text(value.body),
    meetingDate: text(value.meetingDate),
    meetingTime: text(value.meetingTime),
    presidency: text(value.presidency),
    format: text(value.format),
    speakingLimitMinutes: count(value.speakingLimitMinutes),
    submissionEmail: text(value.submissionEmail),
    submissionDeadline: text(value.submissionDeadline),
    expectedOutcome: text(value.expectedOutcome),
    speakingLimitStrict: value.speakingLimitStrict === true,
    presidentSalutation: SALUTATIONS.find((s) => s === value.presidentSalutation) ?? null,
  };
}

function parseDelegation(value: unknown): Delegation {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.name !== 'string') {
    throw invalid();
  }
  const role = value.myRole;
  const myRole = role === 'drafter' || role === 'reviewer' || role === 'viewer' ? role : null;
  const rate = count(value.wordsPerMinute);
  return {
    id: value.id,
    debateId: String(value.debateId),
    name: value.name,
    myRole,
    wordsPerMinute: rate !== null && rate > 0 ? rate : 120,
    language: isStatementLanguage(value.language) ? value.language : 'en',
  };
}

export interface TrashedDebate extends Debate {
  deletedAt: string;
}

export interface NewDebate {
  theme: string;
  body?: string | null;
  meetingDate?: string | null;
  presidency?: string | null;
}

export const debatesApi = {
  async create(input: NewDebate): Promise<Debate> {
    const payload = await apiRequest('/debates', { method: 'POST', body: input });
    return parseDebate(isRecord(payload) ? payload.debate : undefined);
  },

  async update(id: string, settings: DebateSettings): Promise<Debate> {
    const path = `/debates/${encodeURIComponent(id)}`;
    const payload = await apiRequest(path, { method: 'PATCH', body: settings });
    return parseDebate(isRecord(payload) ? payload.debate : undefined);
  },

  /** To the Trash: its organizers may restore it for the retention period. */
  async remove(id: string): Promise<void> {
    await apiRequest(`/debates/${encodeURIComponent(id)}`, { method: 'DELETE' });
  },

  async restore(id: string): Promise<void> {
    await apiRequest(`/debates/${encodeURIComponent(id)}/restore`, { method: 'POST' });
  },

  /** Deleted debates the person organized, with how many days the Trash keeps them. */
  async trash(signal?: AbortSignal): Promise<{ debates: TrashedDebate[]; retentionDays: number }> {
    const payload = await apiRequest('/trash/debates', { signal });
    const list = isRecord(payload) ? payload.debates : undefined;
    if (!isRecord(payload) || !Array.isArray(list)) throw invalid();
    return {
      debates: list.map((value: unknown) => ({
        ...parseDebate(value),
        deletedAt: isRecord(value) ? (text(value.deletedAt) ?? '') : '',
      })),
      retentionDays: count(payload.retentionDays) ?? 30,
    };
  },

  async list(signal?: AbortSignal): Promise<Debate[]> {
    const payload = await apiRequest('/debates', { signal });
    const list = isRecord(payload) ? payload.debates : undefined;
    if (!Array.isArray(list)) throw invalid();
    return list.map(parseDebate);
  },

  async get(id: string, signal?: AbortSignal): Promise<DebateDetail> {
    const payload = await apiRequest(`/debates/${encodeURIComponent(id)}`, { signal });
    if (!isRecord(payload) || !Array.isArray(payload.delegations)) throw invalid();
    return {
      debate: parseDebate(payload.debate),
      delegations: payload.delegations.map(parseDelegation),
      canManage: payload.canManage === true,
      unreadMentions: count(payload.unreadMentions) ?? 0,
    };
  },
};
