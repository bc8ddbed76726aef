// lib0/dom.js (reached through y-websocket's logging and y-tiptap) declares four DOM node
// validators with lib0's schema library at the top level. Nothing in Plenary uses them, but
// unannotated top-level calls are kept, and with them all of lib0/schema.js (about 2 KB
// gzipped on every statement page). Marking the calls pure lets the bundler drop both.
import type { Plugin } from 'vite';

const SCHEMA_DECLARATION = /^(export const \$[a-z]+ = )(\$\.\$custom\()/gm;

export function pureLib0Schemas(): Plugin {
  return {
    name: 'plenary-pure-lib0-schemas',
    transform(code, id) {
      if (!/\/node_modules\/lib0\/dom\.js$/.test(id)) return null;
      return { code: code.replace(SCHEMA_DECLARATION, '$1/* @__PURE__ */ $2'), map: null };
    },
  };
}
