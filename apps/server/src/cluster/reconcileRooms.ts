// How rooms and pushes reach every listener: across processes through Redis in the scaled mode,
// or, in one process, by knowing every socket.
import type { RoomRegistry } from '@plenary/collab';
import type { Server as SocketServer } from 'socket.io';
import type { CoverageService } from '../drafting/CoverageService.js';
import { statementTextRoom } from '../realtime/socketEvents.js';
import type { RedisCluster } from './RedisCluster.js';

/** Wires the rooms and socket.io for the mode; returns the reconcile timer to clear on stop. */
export function reconcileRooms(
  io: SocketServer,
  rooms: RoomRegistry,
  coverage: CoverageService,
  redis: RedisCluster | undefined,
  reconcileIntervalMs: number,
): NodeJS.Timeout | undefined {
  if (!redis) {
    // One process knows every socket: a statement whose text room is empty has no listener.
    const sockets = io.sockets.adapter.rooms;
    coverage.pushOnlyWhen((statementId) => sockets.has(statementTextRoom(statementId)));
    return undefined;
  }
  io.adapter(redis.socketAdapter());
  // reconcileAll reports each room's failure itself and never rejects.
  redis.onReconnect(() => void rooms.reconcileAll());
  const timer = setInterval(() => void rooms.reconcileAll(), reconcileIntervalMs);
  timer.unref();
  return timer;
}
