// Typed calls for the statements resource. Responses are checked on arrival, so
// the rest of the app can trust the Statement type.
import { ApiError } from './ApiError';
import { apiRequest, isRecord } from './apiRequest';

export interface Statement {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

export const TITLE_MAX_LENGTH = 200;

/** Parses one statement as sent by the server (REST or socket.io). */
export function parseStatement(value: unknown): Statement {
  if (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    typeof value.createdAt === 'string' &&
    typeof value.updatedAt === 'string'
  ) {
    return {
      id: value.id,
      title: value.title,
      createdAt: value.createdAt,
      updatedAt: value.updatedAt,
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

  async create(title: string): Promise<Statement> {
    return statementOf(await apiRequest('/statements', { method: 'POST', body: { title } }));
  },

  async rename(id: string, title: string): Promise<Statement> {
    return statementOf(await apiRequest(path(id), { method: 'PATCH', body: { title } }));
  },

  async remove(id: string): Promise<void> {
    await apiRequest(path(id), { method: 'DELETE' });
  },
};
