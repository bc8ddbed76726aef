// Scaled mode: Redis pub/sub between Plenary processes for document updates, awareness and
// cluster events. Messages may be lost (restart, network blip); after every reconnect the
// rooms reconcile from the database, so correctness never depends on pub/sub.
import { randomBytes } from 'node:crypto';
import type { RoomBus, RoomBusHandlers } from '@plenary/collab';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { LocalClusterEvents, type ClusterEvent } from './ClusterEvents.js';

const ROOM_PREFIX = 'plenary:room:';
const EVENTS_CHANNEL = 'plenary:events';
const KIND_UPDATE = 1;
const KIND_AWARENESS = 2;

export class RedisCluster extends LocalClusterEvents implements RoomBus {
  /** Identifies this process's own messages, which it ignores when they come back. */
  readonly instanceId = randomBytes(8);
  readonly publisher: Redis;
  readonly subscriber: Redis;
  private readonly rooms = new Map<string, RoomBusHandlers>();
  private readonly reconnectHandlers: (() => void)[] = [];

  constructor(
    url: string,
    private readonly logger: Logger,
    /** Shown in Redis's CLIENT LIST, so operators (and fault tests) can tell processes apart. */
    connectionName = `plenary-${process.pid}`,
  ) {
    super();
    const options = {
      connectionName,
      maxRetriesPerRequest: null,
      retryStrategy: (times: number) => Math.min(times * 100, 2_000),
    };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel.toString(), message),
    );
    let connectedOnce = false;
    this.subscriber.on('ready', () => {
      if (connectedOnce) {
        this.logger.warn('redis subscriber reconnected; reconciling open documents');
        for (const handler of this.reconnectHandlers) handler();
      }
      connectedOnce = true;
    });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (err: Error) => this.logger.warn({ err }, 'redis connection error'));
    }
    this.subscriber
      .subscribe(EVENTS_CHANNEL)
      .catch((err: unknown) => this.logger.warn({ err }, 'redis subscribe failed'));
  }

  /** Runs after the subscription to Redis was lost and re-established. */
  /** The socket.io adapter that fans socket.io events out through this Redis. */
  socketAdapter(): ReturnType<typeof createAdapter> {
    return createAdapter(this.publisher.duplicate(), this.subscriber.duplicate());
  }

  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }

  async ready(): Promise<void> {
    await Promise.all([this.publisher.ping(), this.subscriber.ping()]);
  }

  publishUpdate(roomId: string, update: Uint8Array): void {
    this.publish(ROOM_PREFIX + roomId, KIND_UPDATE, update);
  }

  publishAwareness(roomId: string, update: Uint8Array): void {
    this.publish(ROOM_PREFIX + roomId, KIND_AWARENESS, update);
  }

  subscribe(roomId: string, handlers: RoomBusHandlers): () => void {
    this.rooms.set(roomId, handlers);
    this.subscriber
      .subscribe(ROOM_PREFIX + roomId)
      .catch((err: unknown) => this.logger.warn({ err, roomId }, 'redis subscribe failed'));
    return () => {
      if (this.rooms.get(roomId) !== handlers) return;
      this.rooms.delete(roomId);
      this.subscriber
        .unsubscribe(ROOM_PREFIX + roomId)
        .catch((err: unknown) => this.logger.warn({ err, roomId }, 'redis unsubscribe failed'));
    };
  }

  override async emit(event: ClusterEvent): Promise<void> {
    this.publish(EVENTS_CHANNEL, 0, Buffer.from(JSON.stringify(event)));
    await this.deliver(event);
  }

  private publish(channel: string, kind: number, payload: Uint8Array): void {
    const message = Buffer.concat([this.instanceId, Buffer.of(kind), payload]);
    this.publisher
      .publish(channel, message)
      .catch((err: unknown) => this.logger.warn({ err, channel }, 'redis publish failed'));
  }

  private receive(channel: string, message: Buffer): void {
    if (message.length < 9 || message.subarray(0, 8).equals(this.instanceId)) return;
    const kind = message[8];
    const payload = new Uint8Array(message.buffer, message.byteOffset + 9, message.length - 9);
    if (channel === EVENTS_CHANNEL) {
      try {
        this.deliver(JSON.parse(Buffer.from(payload).toString()) as ClusterEvent).catch(
          (err: unknown) => this.logger.error({ err }, 'cluster event handler failed'),
        );
      } catch (err) {
        this.logger.warn({ err }, 'unreadable cluster event');
      }
      return;
    }
    const handlers = this.rooms.get(channel.slice(ROOM_PREFIX.length));
    if (kind === KIND_UPDATE) handlers?.update(payload);
    else if (kind === KIND_AWARENESS) handlers?.awareness(payload);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }
}
