// The shape of a statement's Y.Doc (its names, limits and nesting repair) without the editor
// schema: a separate entry, so the server opens statements without loading TipTap and
// ProseMirror (about 14 MiB), which load on the first request that needs them.
export { STATEMENT_FRAGMENT, SUGGESTION_DELETE, SUGGESTION_INSERT } from './documentNames.js';
export { STATEMENT_LIMITS } from './statementLimits.js';
export { flattenDeepNesting, statementDepth, withinDepth } from './flattenDeepNesting.js';
