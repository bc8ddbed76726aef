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
  /** The Security Council presidency; null for meetings it does not convene. */
  presidency: string | null;
  /** Who convenes a meeting the presidency does not: "Estonia and Niger", "the President of the General Assembly". */
  convener: string | null;
  /** "open debate", "briefing", "Arria-formula meeting", … */
  format: string | null;
  speakingLimitMinutes: number | null;
  submissionEmail: string | null;
  /** "YYYY-MM-DD" */
  submissionDeadline: string | null;
  expectedOutcome: string | null;
}

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
    convener: text(value.convener),
    format: text(value.format),
    speakingLimitMinutes: count(value.speakingLimitMinutes),
    submissionEmail: text(value.submissionEmail),
    submissionDeadline: text(value.submissionDeadline),
    expectedOutcome: text(value.expectedOutcome),
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
