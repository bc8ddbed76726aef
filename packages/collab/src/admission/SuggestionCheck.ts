// What a connection in Suggesting mode may change: add text marked as its own suggested
// insertion, mark existing text as its own suggested deletion, withdraw its own suggestions.
// The update is applied to a shadow copy kept in step with the room's document, and only the
// types the update touched are examined, so a keystroke costs in proportion to its paragraph.
import * as Y from 'yjs';
import { CloseCode } from '../closeCodes.js';
import type { Connection } from '../Connection.js';
import type { Refusal, UpdateAdmission } from './UpdateAdmission.js';
import { localDoc } from '../localDoc.js';

export interface SuggestionRules {
  /** The root XmlFragment holding the text; nothing else may change. */
  fragment: string;
  /** Formatting attribute (mark name) of a suggested insertion. */
  insertKey: string;
  /** Formatting attribute (mark name) of a suggested deletion. */
  deleteKey: string;
}

type Attributes = Map<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types are parameterised by their event type
type AnyType = Y.AbstractType<any>;

const CHECKING = Symbol('suggestion-check');
const refuse = (detail: string): Refusal => ({ code: CloseCode.NotSuggestion, detail });

export class SuggestionCheck implements UpdateAdmission {
  private shadow: { doc: Y.Doc; source: Y.Doc; stop: () => void } | undefined;

  constructor(private readonly rules: SuggestionRules) {}

  admit(update: Uint8Array, doc: Y.Doc, connection: Connection): Refusal | undefined {
    if (!connection.suggesting) return undefined;
    const authorId = connection.identity?.userId;
    if (!authorId) return refuse('suggesting connection without an identity');
    const shadow = this.shadowOf(doc);
    const hadPending = hasPending(shadow);
    let verdict: string | undefined = 'update was not applied';
    const judge = (tr: Y.Transaction): void => {
      if (tr.origin === CHECKING) verdict = new ChangeJudge(tr, authorId, this.rules).verdict();
    };
    shadow.on('afterTransaction', judge);
    try {
      Y.applyUpdate(shadow, update, CHECKING);
    } finally {
      shadow.off('afterTransaction', judge);
    }
    if (!verdict && !hadPending && hasPending(shadow)) verdict = 'update depends on unseen changes';
    if (!verdict) return undefined;
    // The shadow now holds what the room refused: start again from the room's document.
    this.dropShadow();
    return refuse(verdict);
  }

  /** A copy of the room's document that follows it; built on the first suggestion. */
  private shadowOf(source: Y.Doc): Y.Doc {
    if (this.shadow?.source === source) return this.shadow.doc;
    this.dropShadow();
    const doc = localDoc('suggestion-check', { gc: source.gc });
    // Typed before any update arrives, so the transactions judged refer to this very root.
    doc.getXmlFragment(this.rules.fragment);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
    const follow = (update: Uint8Array): void => Y.applyUpdate(doc, update);
    const drop = (): void => this.dropShadow();
    source.on('update', follow);
    source.on('destroy', drop);
    const stop = (): void => {
      source.off('update', follow);
      source.off('destroy', drop);
      doc.destroy();
    };
    this.shadow = { doc, source, stop };
    return doc;
  }

  private dropShadow(): void {
    const shadow = this.shadow;
    this.shadow = undefined;
    shadow?.stop();
  }
}

function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** Judges one transaction on the shadow; `verdict()` is undefined when every change is allowed. */
class ChangeJudge {
  constructor(
    private readonly tr: Y.Transaction,
    private readonly authorId: string,
    private readonly rules: SuggestionRules,
  ) {}

  verdict(): string | undefined {
    const root = this.tr.doc.share.get(this.rules.fragment);
    for (const [type, keys] of this.tr.changed) {
      if (!root || !isWithin(type, root)) return 'change outside the statement';
      for (const key of keys) if (key !== null) return `attribute "${key}" changed`;
      const problem = type instanceof Y.XmlText ? this.judgeText(type) : this.judgeChildren(type);
      if (problem) return problem;
    }
    return undefined;
  }

  private existedBefore(item: Y.Item): boolean {
    return item.id.clock < (this.tr.beforeState.get(item.id.client) ?? 0);
  }

  private inBefore(item: Y.Item): boolean {
    return this.existedBefore(item) && (!item.deleted || Y.isDeleted(this.tr.deleteSet, item.id));
  }

  /** Text that stayed, appeared or went, judged by the formatting before and after. */
  private judgeText(text: AnyType): string | undefined {
    const before: Attributes = new Map();
    const after: Attributes = new Map();
    for (let item = text._start; item; item = item.right) {
      const was = this.inBefore(item);
      const is = !item.deleted;
      if (item.content instanceof Y.ContentFormat) {
        if (was) applyFormat(before, item.content);
        if (is) applyFormat(after, item.content);
        continue;
      }
      if (!item.countable || (!was && !is)) continue;
      if (item.content instanceof Y.ContentType) {
        const problem = was && is ? undefined : this.judgeWhole(item);
        if (problem) return problem;
        continue;
      }
      const problem =
        was && is
          ? this.judgeKept(before, after)
          : is
            ? this.judgeAdded(after)
            : this.judgeRemoved(before);
      if (problem) return problem;
    }
    return undefined;
  }

  private judgeKept(before: Attributes, after: Attributes): string | undefined {
    const { deleteKey } = this.rules;
    const keys = new Set([...before.keys(), ...after.keys()]);
    for (const key of keys) {
      if (sameValue(before.get(key), after.get(key))) continue;
      if (key !== deleteKey) return `formatting "${key}" changed`;
      const own = (value: unknown): boolean => value === undefined || this.isOwn(value);
      if (!own(before.get(key)) || !own(after.get(key)))
        return "another person's suggested deletion changed";
    }
    return undefined;
  }

  private judgeAdded(after: Attributes): string | undefined {
    if (!this.isOwn(after.get(this.rules.insertKey)))
      return 'text added without an own suggested-insertion mark';
    if (after.has(this.rules.deleteKey)) return 'added text marked as deleted';
    return undefined;
  }

  private judgeRemoved(before: Attributes): string | undefined {
    return this.isOwn(before.get(this.rules.insertKey))
      ? undefined
      : 'text removed that is not an own suggested insertion';
  }

  /** Children of an element or of the fragment: whole blocks added or removed. */
  private judgeChildren(parent: AnyType): string | undefined {
    for (let item = parent._start; item; item = item.right) {
      const was = this.inBefore(item);
      const is = !item.deleted;
      if (was === is) continue;
      const problem = this.judgeWhole(item);
      if (problem) return problem;
    }
    return undefined;
  }

  /**
   * A block added or removed as a whole: allowed when all its text is the author's suggested
   * insertion (an empty paragraph has none, so a suggesting connection may add or remove one).
   */
  private judgeWhole(item: Y.Item): string | undefined {
    if (!(item.content instanceof Y.ContentType)) return 'content added outside the text';
    const added = !item.deleted;
    return this.judgeDeep(item.content.type, added);
  }

  private judgeDeep(type: AnyType, added: boolean): string | undefined {
    const attributes: Attributes = new Map();
    for (let item = type._start; item; item = item.right) {
      const present = added ? !item.deleted : this.inBefore(item);
      if (!present) continue;
      if (item.content instanceof Y.ContentFormat) {
        applyFormat(attributes, item.content);
        continue;
      }
      if (item.content instanceof Y.ContentType) {
        const problem = this.judgeDeep(item.content.type, added);
        if (problem) return problem;
        continue;
      }
      if (!item.countable) continue;
      const problem = added ? this.judgeAdded(attributes) : this.judgeRemoved(attributes);
      if (problem) return problem;
    }
    return undefined;
  }

  private isOwn(value: unknown): boolean {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { authorId?: unknown }).authorId === this.authorId
    );
  }
}

function isWithin(type: AnyType, root: AnyType): boolean {
  let current: AnyType | null = type;
  while (current && current !== root) {
    const parent: unknown = current._item?.parent;
    current = parent instanceof Y.AbstractType ? (parent as AnyType) : null;
  }
  return current === root;
}

/** Yjs formatting: a null value ends the attribute. */
function applyFormat(attributes: Attributes, format: Y.ContentFormat): void {
  if (format.value === null) attributes.delete(format.key);
  else attributes.set(format.key, format.value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
