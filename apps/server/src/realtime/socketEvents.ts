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
/**
 * Events from a delegation's workspace (threads, coverage of the draft): only for members of
 * an owning delegation, never for organizers, whatever the status.
 */
export const statementTextRoom = (statementId: string): string => `statement-text:${statementId}`;
export const debateRoom = (debateId: string): string => `debate:${debateId}`;
export const userRoom = (userId: string): string => `user:${userId}`;

/** Every event a client may send; the authorization matrix test covers each. */
export const SOCKET_EVENTS = [
  'statement:join',
  'statement:leave',
  'debate:join',
  'debate:leave',
] as const;
export type SocketEvent = (typeof SOCKET_EVENTS)[number];
