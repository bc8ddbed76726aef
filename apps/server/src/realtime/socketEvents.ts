import { z } from 'zod';
import { StatementId } from '../statements/statementSchemas.js';

/** Payloads clients send over socket.io, validated at the boundary. */
export const JoinStatementPayload = z.object({ statementId: StatementId }).strict();
export const LeaveStatementPayload = JoinStatementPayload;

export type Ack = (
  reply: { ok: true } | { ok: false; error: { code: string; message: string } },
) => void;

export const statementRoom = (statementId: string): string => `statement:${statementId}`;
