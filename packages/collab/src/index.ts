export { CloseCode, closeReason } from './closeCodes.js';
export type { Connection } from './Connection.js';
export type { CompactionResult, DocumentStore } from './DocumentStore.js';
export { applyStoredUpdates, mergeUpdates } from './mergeUpdates.js';
export {
  decodeClientMessage,
  encodeAwareness,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MessageType,
  ProtocolError,
  SyncMessageType,
  type ClientMessage,
} from './protocol.js';
export { REMOTE_ORIGIN, Room, SERVER_ORIGIN, type RoomEvents } from './Room.js';
export type { RoomBus, RoomBusHandlers } from './RoomBus.js';
export { RoomRegistry, type RoomRegistryOptions } from './RoomRegistry.js';
