// In whose name each open connection may propose amendments, set when the collab endpoint
// admits it and read by the room's admission for every update (so it must be synchronous).
import type { Attribution, Connection } from '@plenary/collab';

export class ConnectionAttributions {
  private readonly byConnection = new WeakMap<Connection, Attribution>();

  set(connection: Connection, attribution: Attribution | undefined): void {
    if (attribution) this.byConnection.set(connection, attribution);
  }

  get(connection: Connection): Attribution | undefined {
    return this.byConnection.get(connection);
  }
}
