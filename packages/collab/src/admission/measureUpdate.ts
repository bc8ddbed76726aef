// What an update would add to a document, read from the update itself: the characters it
// inserts and the depth of the deepest type it creates. Costs time in proportion to the
// update, not the document, so it can run for every keystroke.
import * as Y from 'yjs';
import { typeDepth, type AnyType } from './measureDocument.js';

export interface UpdateMeasure {
  addedChars: number;
  /** Depth of the deepest new type (0 when it adds none); undefined when it cannot be told. */
  depth: number | undefined;
}

type Dependency = { known: number } | { item: Y.Item; plus: number } | undefined;

class UpdateItems {
  private readonly byClient = new Map<number, Y.Item[]>();

  constructor(items: readonly Y.Item[]) {
    for (const item of items) {
      const list = this.byClient.get(item.id.client) ?? [];
      list.push(item);
      this.byClient.set(item.id.client, list);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  find(id: Y.ID): Y.Item | undefined {
    const list = this.byClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = list[middle]!;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return undefined;
  }
}

/** Depth of the type an item lives in, for an item already in the document. */
function existingParentDepth(doc: Y.Doc, id: Y.ID, cap: number): number | undefined {
  if (id.clock >= Y.getState(doc.store, id.client)) return undefined;
  const struct = Y.getItem(doc.store, id);
  if (!(struct instanceof Y.Item)) return undefined;
  return typeDepth(struct.parent as AnyType, cap);
}

function dependency(item: Y.Item, update: UpdateItems, doc: Y.Doc, cap: number): Dependency {
  const parent = item.parent as Y.ID | string | null;
  if (typeof parent === 'string') return { known: 0 };
  if (parent) {
    const inUpdate = update.find(parent);
    if (inUpdate) return { item: inUpdate, plus: 1 };
    const struct =
      parent.clock < Y.getState(doc.store, parent.client)
        ? Y.getItem(doc.store, parent)
        : undefined;
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) return undefined;
    return { known: typeDepth(struct.content.type, cap) };
  }
  const neighbour = item.origin ?? item.rightOrigin;
  if (!neighbour) return undefined;
  const inUpdate = update.find(neighbour);
  if (inUpdate) return { item: inUpdate, plus: 0 };
  const depth = existingParentDepth(doc, neighbour, cap);
  return depth === undefined ? undefined : { known: depth };
}

/** Depth of each item's parent type, resolved with an explicit stack (chains may be long). */
function parentDepths(items: Y.Item[], update: UpdateItems, doc: Y.Doc, cap: number) {
  const depths = new Map<Y.Item, number>();
  const visiting = new Set<Y.Item>();
  for (const start of items) {
    const stack = [start];
    while (stack.length > 0) {
      const item = stack[stack.length - 1]!;
      if (depths.has(item)) {
        stack.pop();
        continue;
      }
      const next = dependency(item, update, doc, cap);
      if (!next) return undefined;
      if ('known' in next) {
        depths.set(item, next.known);
      } else if (depths.has(next.item)) {
        depths.set(item, depths.get(next.item)! + next.plus);
      } else {
        if (visiting.has(next.item)) return undefined;
        visiting.add(next.item);
        stack.push(next.item);
        continue;
      }
      visiting.delete(item);
      stack.pop();
    }
  }
  return depths;
}

export function measureUpdate(update: Uint8Array, doc: Y.Doc, cap = 1_000): UpdateMeasure {
  const { structs } = Y.decodeUpdate(update);
  const fresh = structs.filter(
    (struct): struct is Y.Item =>
      struct instanceof Y.Item &&
      struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client),
  );
  let addedChars = 0;
  const types: Y.Item[] = [];
  for (const item of fresh) {
    if (item.content instanceof Y.ContentString) addedChars += item.content.str.length;
    else if (item.content instanceof Y.ContentType) types.push(item);
  }
  if (types.length === 0) return { addedChars, depth: 0 };
  const depths = parentDepths(types, new UpdateItems(fresh), doc, cap);
  if (!depths) return { addedChars, depth: undefined };
  let depth = 0;
  for (const item of types) depth = Math.max(depth, (depths.get(item) ?? 0) + 1);
  return { addedChars, depth };
}
