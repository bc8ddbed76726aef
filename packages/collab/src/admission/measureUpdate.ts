// What an update would add to a document, read from the update itself: the characters it
// inserts and the depth of the deepest type it creates. Costs time in proportion to the
// update, not the document, so it can run for every keystroke.
import * as Y from 'yjs';
import { decodeUpdateOnce } from '../updates.js';
import { typeDepth, type AnyType } from './measureDocument.js';
import { structHolding, structsByClient } from './structsByClient.js';

export interface UpdateMeasure {
  addedChars: number;
  /**
   * Depth of the deepest new type that can be placed (0 when it adds none). A type whose
   * parent is neither in the update nor in the document cannot be integrated either: Yjs keeps
   * it pending, so it adds no depth until the missing part arrives (and is measured then).
   */
  depth: number;
}

type Dependency = { known: number } | { item: Y.Item; plus: number } | undefined;

class UpdateItems {
  private readonly byClient: Map<number, Y.Item[]>;

  constructor(items: readonly Y.Item[]) {
    this.byClient = structsByClient(items);
  }

  find(id: Y.ID): Y.Item | undefined {
    const list = this.byClient.get(id.client);
    return list && structHolding(list, id.clock);
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

/** Depth of the type each item lives in, resolved with an explicit stack (chains may be long). */
function parentDepths(items: Y.Item[], update: UpdateItems, doc: Y.Doc, cap: number) {
  const depths = new Map<Y.Item, number>();
  const unplaced = new Set<Y.Item>();
  const visiting = new Set<Y.Item>();
  const settle = (item: Y.Item, depth: number | undefined): void => {
    if (depth === undefined) unplaced.add(item);
    else depths.set(item, depth);
    visiting.delete(item);
  };
  for (const start of items) {
    const stack = [start];
    visiting.add(start);
    while (stack.length > 0) {
      const item = stack[stack.length - 1]!;
      if (depths.has(item) || unplaced.has(item)) {
        stack.pop();
        continue;
      }
      const next = dependency(item, update, doc, cap);
      if (!next) settle(item, undefined);
      else if ('known' in next) settle(item, next.known);
      else if (unplaced.has(next.item) || visiting.has(next.item)) settle(item, undefined);
      else if (depths.has(next.item)) settle(item, depths.get(next.item)! + next.plus);
      else {
        visiting.add(next.item);
        stack.push(next.item);
        continue;
      }
      stack.pop();
    }
  }
  return depths;
}

export function measureUpdate(update: Uint8Array, doc: Y.Doc, cap = 1_000): UpdateMeasure {
  const { structs } = decodeUpdateOnce(update);
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
  let depth = 0;
  for (const item of types) {
    const parent = depths.get(item);
    if (parent !== undefined) depth = Math.max(depth, parent + 1);
  }
  return { addedChars, depth };
}
