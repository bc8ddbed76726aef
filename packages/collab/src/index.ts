export { atTurnEnd, endTurn } from './atTurnEnd.js';
export { AmendmentAttribution, type Attribution } from './admission/AmendmentAttribution.js';
export { DocumentLimits, type Limits } from './admission/DocumentLimits.js';
export { integrityProblem, KnownDependencies } from './admission/KnownDependencies.js';
export { measureDocument, type DocumentMeasure } from './admission/measureDocument.js';
export { measureUpdate, type UpdateMeasure } from './admission/measureUpdate.js';
export { allOf, type Refusal, type UpdateAdmission } from './admission/UpdateAdmission.js';
export {
  decodeAwarenessEntries,
  encodeAwarenessEntries,
  withIdentity,
  type AwarenessEntry,
  type AwarenessIdentity,
} from './awarenessEntries.js';
export { CloseCode, closeReason } from './closeCodes.js';
export type { Connection } from './Connection.js';
export type { CompactionResult, DocumentStore } from './DocumentStore.js';
export {
  GroupCommit,
  type AppendEntry,
  type BatchWriter,
  type GroupCommitStats,
} from './GroupCommit.js';
export { applyStoredUpdates, mergeUpdates } from './mergeUpdates.js';
export { localDoc } from './localDoc.js';
export { warmUpYjs } from './warmUp.js';
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
export { Room, type RoomEvents } from './Room.js';
export {
  decodeUpdateOnce,
  isEmptyUpdate,
  REMOTE_ORIGIN,
  SERVER_ORIGIN,
  type DecodedUpdate,
} from './updates.js';
export type { RoomBus, RoomBusHandlers } from './RoomBus.js';
export { RoomRegistry, type RoomRegistryOptions } from './RoomRegistry.js';
export { SlicedRound, slicesOf } from './SlicedRound.js';
export { SuggestionCheck, type SuggestionRules } from './admission/SuggestionCheck.js';
