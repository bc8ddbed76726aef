// The y-websocket wire protocol, as pure functions (decoded with lib0, encoded as lib0 would).
// Message layout: varUint messageType, then a type-specific payload (see y-protocols).
import * as decoding from 'lib0/decoding';
import { varUintLength, writeVarUintAt } from './varUint.js';

export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const;

export const SyncMessageType = {
  Step1: 0,
  Step2: 1,
  Update: 2,
} as const;

/** A message a client may send, decoded. */
export type ClientMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' };

/** Thrown for a frame that is not a well-formed y-websocket client message. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';

  constructor(message: string, options?: { cause?: unknown }) {
    // The client's bytes are the cause, never our call stack, and a hostile client can make
    // the server build one of these per frame: skip capturing a stack trace.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message, options);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const message = readMessage(decoder);
  if (decoding.hasContent(decoder)) {
    throw new ProtocolError('Trailing bytes after the message');
  }
  return message;
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  try {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.Sync:
        return readSyncMessage(decoder);
      case MessageType.Awareness:
        return { kind: 'awareness', update: readPayload(decoder) };
      case MessageType.QueryAwareness:
        return { kind: 'query-awareness' };
      default:
        throw new ProtocolError(`Unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError('Truncated or malformed message');
  }
}

function readSyncMessage(decoder: decoding.Decoder): ClientMessage {
  const syncType = decoding.readVarUint(decoder);
  switch (syncType) {
    case SyncMessageType.Step1:
      return { kind: 'sync-step1', stateVector: readPayload(decoder) };
    case SyncMessageType.Step2:
      return { kind: 'sync-step2', update: readPayload(decoder) };
    case SyncMessageType.Update:
      return { kind: 'update', update: readPayload(decoder) };
    default:
      throw new ProtocolError(`Unknown sync message type ${syncType}`);
  }
}

function readPayload(decoder: decoding.Decoder): Uint8Array {
  const length = decoding.readVarUint(decoder);
  if (length > decoder.arr.length - decoder.pos) {
    throw new ProtocolError('Payload is longer than the frame');
  }
  return decoding.readUint8Array(decoder, length);
}

/**
 * A frame: the message's header (type and, for sync messages, subtype: each under 128, so one
 * byte) and the payload after its varUint length, as lib0's encoder lays them out, written into
 * one buffer of the exact size. The encoder starts with a 100-byte buffer, grows it into a list
 * of chunks and copies them out again: three allocations per frame, and every edit and caret
 * sent is a frame for each connection it goes to.
 */
function framed(header: readonly number[], payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(header.length + varUintLength(payload.length) + payload.length);
  out.set(header);
  out.set(payload, writeVarUintAt(out, header.length, payload.length));
  return out;
}

const STEP1 = [MessageType.Sync, SyncMessageType.Step1];
const STEP2 = [MessageType.Sync, SyncMessageType.Step2];
const UPDATE = [MessageType.Sync, SyncMessageType.Update];
const AWARENESS = [MessageType.Awareness];

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return framed(STEP1, stateVector);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return framed(STEP2, update);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return framed(UPDATE, update);
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  return framed(AWARENESS, update);
}

export function encodeQueryAwareness(): Uint8Array {
  return Uint8Array.of(MessageType.QueryAwareness);
}
