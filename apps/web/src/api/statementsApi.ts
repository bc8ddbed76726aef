// Typed calls for the statements resource. Responses are checked on arrival, so
// the rest of the app can trust the Statement type.
import { isStatementLanguage, type StatementLanguage } from '@plenary/statement-model/languages';
import { ApiError } from './ApiError';
import { apiRequest, isRecord } from './apiRequest';

export type StatementStatus = 'draft' | 'in_review' | 'cleared' | 'submitted';
const STATUSES: readonly unknown[] = ['draft', 'in_review', 'cleared', 'submitted'];
const isStatus = (value: unknown): value is StatementStatus => STATUSES.includes(value);

export interface Statement {
  id: string;
  debateId: string;
  title: string;
  /** draft → in_review → cleared → submitted. */
  status: StatementStatus;
  /** Starts at 1; reopening a submitted statement starts the next revision. */
  revision: number;
  /** The version recorded when a reviewer last cleared the statement. */
  clearedVersionId: string | null;
  submittedVersionId: string | null;
  /** The owning delegations; several for a joint statement. */
  delegationIds: string[];
  /** One of the six official languages: template, direction, speaking rate, exports. */
  language: StatementLanguage;
  createdAt: string;
  updatedAt: string;
  /** Why a reviewer sent it back to draft; kept until the next status change. */
  sentBack: SentBack | null;
}

export interface SentBack {
  reason: string;
  /** The reviewer's user id and name. */
  by: string | null;
  byName: string | null;
  at: string;
}

function parseSentBack(value: unknown): SentBack | null {
  if (!isRecord(value) || typeof value.reason !== 'string') return null;
  return {
    reason: value.reason,
    by: typeof value.by === 'string' ? value.by : null,
    byName: typeof value.byName === 'string' ? value.byName : null,
    at: typeof value.at === 'string' ? value.at : '',
  };
}

export const TITLE_MAX_LENGTH = 200;

/** The UN-style skeleton the server seeds a new statement with, prefilled from the debate. */
export interface StatementTemplate {
  salutation: 'Mr. President,' | 'Madam President,';
  /** "the Permanent Representative of Viet Nam"; null: the delegation is named instead. */
  speaker: string | null;
}

/** Parses one statement as sent by the server (REST or socket.io). */
export function parseStatement(value: unknown): Statement {
  if (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    typeof value.createdAt === 'string' &&
    typeof value.updatedAt === 'string'
  ) {
    const delegationIds = Array.isArray(value.delegationIds)
      ? value.delegationIds.filter((id): id is string => typeof id === 'string')
      : [];
    return {
      id: value.id,
      debateId: typeof value.debateId === 'string' ? value.debateId : '',
      title: value.title,
      status: isStatus(value.status) ? value.status : 'draft',
      revision: typeof value.revision === 'number' ? value.revision : 1,
      clearedVersionId: typeof value.clearedVersionId === 'string' ? value.clearedVersionId : null,
      submittedVersionId:
        typeof value.submittedVersionId === 'string' ? value.submittedVersionId : null,
      delegationIds,
      language: isStatementLanguage(value.language) ? value.language : 'en',
      createdAt: value.createdAt,
      updatedAt: value.updatedAt,
      sentBack: parseSentBack(value.sentBack),
    };
  }
  throw new ApiError(
    'response.invalid',
    'The server sent a statement this page cannot read. Please reload.',
    200,
  );
}

function statementOf(payload: unknown): Statement {
  return parseStatement(isRecord(payload) ? payload.statement : undefined);
}

const path = (id: string) => `/statements/${encodeURIComponent(id)}`;

export const statementsApi = {
  async list(signal?: AbortSignal): Promise<Statement[]> {
    const payload = await apiRequest('/statements', { signal });
    const list = isRecord(payload) ? payload.statements : undefined;
    if (!Array.isArray(list))
      throw new ApiError('response.invalid', 'The list of statements could not be read.', 200);
    return list.map(parseStatement);
  },

  async get(id: string, signal?: AbortSignal): Promise<Statement> {
    return statementOf(await apiRequest(path(id), { signal }));
  },

  /** Without a template, the statement starts blank; without a language, in the delegation's. */
  async create(
    debateId: string,
    title: string,
    delegationIds: string[],
    template?: StatementTemplate,
    language?: StatementLanguage,
  ): Promise<Statement> {
    const payload = await apiRequest(`/debates/${encodeURIComponent(debateId)}/statements`, {
      method: 'POST',
      body: {
        title,
        delegationIds,
        ...(template ? { template } : {}),
        ...(language ? { language } : {}),
      },
    });
    return statementOf(payload);
  },

  async rename(id: string, title: string): Promise<Statement> {
    return statementOf(await apiRequest(path(id), { method: 'PATCH', body: { title } }));
  },

  /** Moves the statement to the debate's Trash. */
  async remove(id: string): Promise<void> {
    await apiRequest(path(id), { method: 'DELETE' });
  },

  /** Brings it back from the Trash with its text, comments and versions. */
  async restore(id: string): Promise<Statement> {
    return statementOf(await apiRequest(`${path(id)}/restore`, { method: 'POST' }));
  },
};
