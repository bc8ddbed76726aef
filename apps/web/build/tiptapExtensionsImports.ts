// @tiptap/extensions is one module: with the Placeholder and TrailingNode the editor uses, it
// imports the ProseMirror drop cursor, gap cursor and undo history for its Dropcursor,
// Gapcursor and UndoRedo extensions. The editor never adds those (see
// src/editor/pluginsNotInTheBuild.ts), but a static import puts a module in the chunk of its
// importer, and these modules have top-level statements the bundler keeps. This answers those
// three imports, from @tiptap/extensions only, with stand-ins, so the drop and gap cursors can
// arrive when the text is focused (src/editor/editingAids.ts) and the history not at all.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_IN = fileURLToPath(new URL('../src/editor/pluginsNotInTheBuild.ts', import.meta.url));
const REPLACED = new Set(['@tiptap/pm/dropcursor', '@tiptap/pm/gapcursor', '@tiptap/pm/history']);
const TIPTAP_EXTENSIONS = /\/node_modules\/@tiptap\/extensions\/dist\/index\.js$/;

export function tiptapExtensionsImports(): Plugin {
  return {
    name: 'plenary-tiptap-extensions-imports',
    apply: 'build',
    // Before Vite's resolver, which would otherwise answer first.
    enforce: 'pre',
    resolveId(source, importer) {
      if (!REPLACED.has(source) || !importer || !TIPTAP_EXTENSIONS.test(importer)) return null;
      return STAND_IN;
    },
  };
}
