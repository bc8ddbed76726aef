import { z } from 'zod';
import { Id } from '../debates/debateSchemas.js';
import { StatementId } from '../statements/statementSchemas.js';

/** Payloads clients send over socket.io, validated at the boundary. */
export const StatementRoomPayload = z.object({ statementId: StatementId }).strict();
export const DebateRoomPayload = z.object({ debateId: Id }).strict();

export type Ack = (
  reply: { ok: true } | { ok: false; error: { code: string; message: string } },
) => void;

export const statementRoom = (statementId: string): string => `statement:${statementId}`;
export const debateRoom = (debateId: string): string => `debate:${debateId}`;
