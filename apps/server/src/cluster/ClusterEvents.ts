// Events every server process must act on, such as "this session ended". Embedded mode
// delivers them in-process; scaled mode also publishes them to the other processes.

export type ClusterEvent =
  | { type: 'session-ended'; sessionId: string }
  | { type: 'user-access-changed'; userId: string }
  | { type: 'statement-access-changed'; statementId: string };

export interface ClusterEvents {
  /** Runs the handlers here and in every other process. */
  emit(event: ClusterEvent): Promise<void>;
  on(handler: (event: ClusterEvent) => void | Promise<void>): void;
}

export class LocalClusterEvents implements ClusterEvents {
  protected readonly handlers: ((event: ClusterEvent) => void | Promise<void>)[] = [];

  on(handler: (event: ClusterEvent) => void | Promise<void>): void {
    this.handlers.push(handler);
  }

  async emit(event: ClusterEvent): Promise<void> {
    await this.deliver(event);
  }

  protected async deliver(event: ClusterEvent): Promise<void> {
    for (const handler of this.handlers) await handler(event);
  }
}
