/**
 * Fan-out of a room's document and awareness updates between server processes. Updates
 * published here are already stored; receivers only apply and relay them.
 * Delivery may be lossy: rooms reconcile from the store by state vector.
 */
export interface RoomBus {
  publishUpdate(roomId: string, update: Uint8Array): void;
  publishAwareness(roomId: string, update: Uint8Array): void;
  /** Receives other processes' messages for the room until the returned function is called. */
  subscribe(roomId: string, handlers: RoomBusHandlers): () => void;
}

export interface RoomBusHandlers {
  update(update: Uint8Array): void;
  awareness(update: Uint8Array): void;
}
