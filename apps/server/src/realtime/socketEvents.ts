import type { ErrorBody } from '@plenary/api';
import { CLIENT_EVENTS, type ClientEvent } from '@plenary/api/requests';

export type Ack = (reply: { ok: true } | ({ ok: false } & ErrorBody)) => void;

export const statementRoom = (statementId: string): string => `statement:${statementId}`;
/**
 * Events from a delegation's workspace (threads, coverage of the draft): only for members of
 * an owning delegation, never for organizers, whatever the status.
 */
export const statementTextRoom = (statementId: string): string => `statement-text:${statementId}`;
export const debateRoom = (debateId: string): string => `debate:${debateId}`;
export const userRoom = (userId: string): string => `user:${userId}`;

/** Every event a client may send (from the contract); the authorization matrix covers each. */
export const SOCKET_EVENTS = Object.keys(CLIENT_EVENTS) as ClientEvent[];
