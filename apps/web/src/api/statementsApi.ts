// Typed calls for the statements resource, parsed with the @plenary/api contract.
import { Statement } from '@plenary/api';
import type { StatementLanguage } from '@plenary/statement-model/languages';
import * as z from 'zod/mini';
import { apiCall, apiRequest } from './apiRequest';

export type { Statement, StatementAbilities, StatementStatus } from '@plenary/api';

export const TITLE_MAX_LENGTH = 200;

/** The UN-style skeleton the server seeds a new statement with, prefilled from the debate. */
export interface StatementTemplate {
  salutation: 'Mr. President,' | 'Madam President,';
  /** "the Permanent Representative of Viet Nam"; null: the delegation is named instead. */
  speaker: string | null;
}

const One = z.object({ statement: Statement });
const path = (id: string) => `/statements/${encodeURIComponent(id)}`;
const statementOf = async (request: Promise<z.infer<typeof One>>) => (await request).statement;

export const statementsApi = {
  async list(signal?: AbortSignal): Promise<Statement[]> {
    const Many = z.object({ statements: z.array(Statement) });
    return (await apiCall(Many, '/statements', { signal })).statements;
  },

  get(id: string, signal?: AbortSignal): Promise<Statement> {
    return statementOf(apiCall(One, path(id), { signal }));
  },

  /** Without a template, the statement starts blank; without a language, in the delegation's. */
  create(
    debateId: string,
    title: string,
    delegationIds: string[],
    template?: StatementTemplate,
    language?: StatementLanguage,
  ): Promise<Statement> {
    const body = {
      title,
      delegationIds,
      ...(template ? { template } : {}),
      ...(language ? { language } : {}),
    };
    return statementOf(
      apiCall(One, `/debates/${encodeURIComponent(debateId)}/statements`, { method: 'POST', body }),
    );
  },

  rename(id: string, title: string): Promise<Statement> {
    return statementOf(apiCall(One, path(id), { method: 'PATCH', body: { title } }));
  },

  /** Moves the statement to the debate's Trash. */
  async remove(id: string): Promise<void> {
    await apiRequest(path(id), { method: 'DELETE' });
  },

  /** Brings it back from the Trash with its text, comments and versions. */
  restore(id: string): Promise<Statement> {
    return statementOf(apiCall(One, `${path(id)}/restore`, { method: 'POST' }));
  },
};

/** Why a reviewer sent the statement back to draft. */
export type SentBack = NonNullable<Statement['sentBack']>;
