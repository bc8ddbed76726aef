// TipTap 3's extensions each carry their Markdown conversion (`parseMarkdown`,
// `renderMarkdown`, tokenizers), read only by @tiptap/markdown, which Plenary does not use
// (exports are written by packages/export). The properties are kept because they sit in the
// extensions' configuration objects; this drops them, and with them the list-parsing helpers
// they alone call, from the editor every statement page downloads (issue #19).
import type { Plugin } from 'vite';

const MARKDOWN_KEYS = new Set([
  'parseMarkdown',
  'renderMarkdown',
  'markdownTokenizer',
  'markdownTokenName',
  'markdownOptions',
]);

interface AstNode {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

/** The [start, end) ranges of the Markdown properties, each with its trailing comma. */
function markdownRanges(program: AstNode, code: string): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (node: AstNode): void => {
    if (node.type === 'ObjectExpression') {
      const properties = node.properties as AstNode[];
      properties.forEach((property, index) => {
        const key = property.key as AstNode | undefined;
        const name = key?.type === 'Identifier' ? (key.name as string) : undefined;
        if (property.type !== 'Property' || property.computed || !name || !MARKDOWN_KEYS.has(name))
          return;
        const next = properties[index + 1];
        const comma = code.indexOf(',', property.end);
        const end = next ? next.start : comma !== -1 && comma < node.end ? comma + 1 : property.end;
        ranges.push([property.start, end]);
      });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.filter(isNode).forEach(visit);
      else if (isNode(value)) visit(value);
    }
  };
  visit(program);
  return ranges;
}

export function tiptapWithoutMarkdown(): Plugin {
  return {
    name: 'plenary-tiptap-without-markdown',
    apply: 'build',
    transform(code, id) {
      if (!/\/node_modules\/@tiptap\/[^/]+\/dist\/index\.js$/.test(id)) return null;
      if (!/markdown/i.test(code)) return null;
      const ranges = markdownRanges(this.parse(code) as unknown as AstNode, code);
      if (ranges.length === 0) return null;
      // Blanked with spaces (line breaks kept), so every position keeps its line and column
      // and the module's source map stays right.
      let result = '';
      let from = 0;
      for (const [start, end] of ranges) {
        result += code.slice(from, start) + code.slice(start, end).replace(/[^\n]/g, ' ');
        from = end;
      }
      return { code: result + code.slice(from), map: null };
    },
  };
}
