// What the first open of a statement runs besides Yjs, run once at start on ids that match
// nothing: SQLite prepares each query's text once (parse and plan) and the query builder and V8
// compile their paths on first use, so a fresh process otherwise makes its first editor wait.
import { createHash } from 'node:crypto';
import type { Stores } from '@plenary/storage';
import type { ActorCache } from './ActorCache.js';

const NOTHING = 'warm-up';

export async function warmUpOpen(stores: Stores, actors: ActorCache): Promise<void> {
  // `ws` answers the upgrade with a SHA-1 of the client's key; the session token is SHA-256'd.
  createHash('sha1').update(NOTHING).digest('base64');
  await Promise.all([
    actors.actorFor(NOTHING),
    stores.users.findById(NOTHING),
    stores.delegations.membershipsOf(NOTHING),
    stores.debates.organizedBy(NOTHING),
    stores.debates.trainingOrganizedBy(NOTHING),
    stores.statements.getIncludingTrash(NOTHING),
    stores.outcomes.byStatement(NOTHING),
    stores.documents.load(NOTHING),
  ]);
}
