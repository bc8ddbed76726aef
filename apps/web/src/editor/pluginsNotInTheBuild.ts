// What @tiptap/extensions gets in place of the ProseMirror plugins behind its Dropcursor,
// Gapcursor and UndoRedo extensions (build/tiptapExtensionsImports.ts). The editor never
// adds those three: Yjs owns undo in a shared statement (y-tiptap's yUndoPlugin), and the
// drop and gap cursors are loaded once the text is focused (./editingAids.ts). Left as
// static imports, the plugins' modules would travel with the statement page's first screen
// (4 KB gzipped, issue #19).

/** Thrown if the web app adds TipTap's Dropcursor, Gapcursor or UndoRedo extension. */
export class PluginNotInTheBuildError extends Error {
  constructor(plugin: string) {
    super(`${plugin} is not in the web build's @tiptap/extensions (see vite.config.ts)`);
    this.name = 'PluginNotInTheBuildError';
  }
}

function notInTheBuild(plugin: string) {
  return (): never => {
    throw new PluginNotInTheBuildError(plugin);
  };
}

export const dropCursor = notInTheBuild('dropCursor');
export const gapCursor = notInTheBuild('gapCursor');
export const history = notInTheBuild('history');
export const undo = notInTheBuild('undo');
export const redo = notInTheBuild('redo');
