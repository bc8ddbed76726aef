// Repairs statements stored before the nesting limit existed: whatever lies deeper than the
// limit becomes plain paragraphs holding its text, so the words survive and every reader
// (export, versions, coverage, the editor) can open the statement again. No recursion:
// the documents this repairs are the ones that overflow recursive walks.
import * as Y from 'yjs';
import { STATEMENT_FRAGMENT } from './documentNames.js';
import { STATEMENT_LIMITS } from './statementLimits.js';

type Node = Y.XmlElement | Y.XmlFragment;

/** Levels of nested types below the statement's fragment (a paragraph's text is at 2). */
export function statementDepth(doc: Y.Doc): number {
  return subtreeDepth(doc.getXmlFragment(STATEMENT_FRAGMENT));
}

function subtreeDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, level] = entry;
    deepest = Math.max(deepest, level);
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) stack.push([child, level + 1]);
      else deepest = Math.max(deepest, level + 1);
    }
  }
  return deepest;
}

function plainText(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/** The text of every text block below `root`, in document order. */
function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const children = node.toArray();
    const texts = children.filter((child): child is Y.XmlText => child instanceof Y.XmlText);
    if (texts.length > 0) blocks.push(texts.map(plainText).join(''));
    const elements = children.filter(
      (child): child is Y.XmlElement => child instanceof Y.XmlElement,
    );
    for (let index = elements.length - 1; index >= 0; index -= 1) stack.push(elements[index]!);
  }
  return blocks.filter((block) => block.length > 0);
}

function flatten(element: Y.XmlElement): void {
  const isTextBlock = element.toArray().some((child) => child instanceof Y.XmlText);
  const blocks = textBlocks(element);
  element.delete(0, element.length);
  if (isTextBlock) {
    element.insert(0, [new Y.XmlText(blocks.join(' '))]);
    return;
  }
  const paragraphs = (blocks.length > 0 ? blocks : ['']).map((text) => {
    const paragraph = new Y.XmlElement('paragraph');
    if (text) paragraph.insert(0, [new Y.XmlText(text)]);
    return paragraph;
  });
  element.insert(0, paragraphs);
}

/** Flattens what lies deeper than `maxDepth`; returns whether anything changed. */
export function flattenDeepNesting(
  doc: Y.Doc,
  maxDepth: number = STATEMENT_LIMITS.maxDepth,
): boolean {
  // Elements at this level keep their type; below them only a paragraph and its text fit.
  const containerLevel = maxDepth - 2;
  let changed = false;
  doc.transact(() => {
    const stack: [Node, number][] = [[doc.getXmlFragment(STATEMENT_FRAGMENT), 0]];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
      const [node, level] = entry;
      for (const child of node.toArray()) {
        if (!(child instanceof Y.XmlElement)) continue;
        if (level + 1 < containerLevel) stack.push([child, level + 1]);
        else if (level + 1 + subtreeDepth(child) > maxDepth) {
          flatten(child);
          changed = true;
        }
      }
    }
  });
  return changed;
}

/** `doc` itself when it is within the nesting limit, otherwise a repaired copy to read from. */
export function withinDepth(doc: Y.Doc): Y.Doc {
  if (statementDepth(doc) <= STATEMENT_LIMITS.maxDepth) return doc;
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  flattenDeepNesting(copy);
  return copy;
}
