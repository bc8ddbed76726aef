// Size and nesting of a whole Y.Doc, measured without recursion so that a document of any
// depth can be measured (and repaired) without overflowing the stack.
import * as Y from 'yjs';

/** Any shared type, whatever its event type. */
export type AnyType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

export interface DocumentMeasure {
  /** Levels of nested Yjs types below the root: a paragraph's text at the top is at 2. */
  depth: number;
  /** Characters of text not deleted. */
  chars: number;
}

/** Depth of a live type: how many types it is nested in (a root type is 0). */
export function typeDepth(type: AnyType, cap = Number.MAX_SAFE_INTEGER): number {
  let depth = 0;
  for (let item = type._item; item && depth < cap; depth += 1) {
    item = (item.parent as AnyType)._item;
  }
  return depth;
}

function childItems(type: AnyType): Y.Item[] {
  const items: Y.Item[] = [];
  for (let item = type._start; item; item = item.right) items.push(item);
  for (const item of type._map.values()) items.push(item);
  return items;
}

export function measureDocument(doc: Y.Doc): DocumentMeasure {
  let depth = 0;
  let chars = 0;
  const stack: [AnyType, number][] = [...doc.share.values()].map((type) => [type, 0]);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [type, level] = entry;
    depth = Math.max(depth, level);
    for (const item of childItems(type)) {
      if (item.deleted) continue;
      if (item.content instanceof Y.ContentString) chars += item.content.str.length;
      else if (item.content instanceof Y.ContentType) stack.push([item.content.type, level + 1]);
    }
  }
  return { depth, chars };
}
