import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './build/precompress.ts';
import { pureLib0Schemas } from './build/pureLib0Schemas.ts';
import { serviceWorker } from './build/serviceWorker.ts';
import { tiptapExtensionsImports } from './build/tiptapExtensionsImports.ts';
import { tiptapWithoutMarkdown } from './build/tiptapWithoutMarkdown.ts';
import { woff2Only } from './build/woff2Only.ts';

// The API, app events and document sync all live on the Plenary server; in development
// Vite proxies them so the browser still sees one origin (the server checks Origin).
const server = 'http://localhost:3000';

// Named chunks, each a group of modules with what they import (unless an earlier group has
// taken it). The statement page's first screen loads vendor-react, vendor-editor, app-core,
// statement-editor, the page's own chunk and the entry; the rest loads when used (#19).
const NAMED_CHUNKS: [RegExp, string][] = [
  [/\/node_modules\/(react|react-dom|scheduler)\//, 'vendor-react'],
  [/\/node_modules\/(socket\.io-[a-z]+|engine\.io-[a-z]+|@socket\.io\/[a-z-]+)\//, 'vendor-socket'],
  // Not the drop and gap cursors: the editor loads them once the text is focused
  // (src/editor/editingAids.ts).
  [
    /\/node_modules\/(prosemirror-(?!dropcursor|gapcursor)|@tiptap\/(?!pm\/(dropcursor|gapcursor))|yjs|y-|lib0|linkifyjs|orderedmap|rope-sequence|w3c-keyname)/,
    'vendor-editor',
  ],
  // The API client with its zod schemas, the message lookup and the router: every screen
  // uses them, and one chunk gzips better than the eight small ones they were split into.
  // So do the small pieces the signed-in screens share (the debates' and concept notes' API,
  // a status badge, a relative time, an error notice, copying): each was a file of its own.
  [
    new RegExp(
      [
        /\/node_modules\/\.pnpm\/zod@|\/packages\/api\/src\/|\/apps\/web\/src\/(api|routing)\//
          .source,
        /\/apps\/web\/src\/i18n\/(catalogue|interleave|i18n)\./.source,
        /\/apps\/web\/src\/(ui\/(ErrorNotice|RelativeTime|copyText)|workflow\/StatusBadge)\./
          .source,
        /\/apps\/web\/src\/(debates\/(debatesApi|useMemberships)|conceptNotes\/(conceptNotesApi|useDebatePoints))\./
          .source,
        /\/apps\/web\/src\/(comments\/threadLink|collab\/unsyncedCounter)\./.source,
      ].join('|'),
    ),
    'app-core',
  ],
  // The statement editor (also on the outcome page) with the small pieces the statement
  // page shares with its own panels: apart, they were eight files of a few hundred bytes.
  // Only modules no screen without the editor uses: such a screen would load this chunk and
  // the editor's libraries with it (hence collab/unsyncedCounter, which signing out reads,
  // in app-core).
  [
    new RegExp(
      [
        /\/apps\/web\/src\/(editor\/(StatementEditor|ConnectionBadge)|suggestions\/useSuggestions)\./
          .source,
        /\/apps\/web\/src\/(collab\/(CollabSession|useStatementCollab|describeClose)|i18n\/messages\/collab)\./
          .source,
        /\/apps\/web\/src\/drafting\/(draftParagraphs|yBinding|locateParagraph|findPoint)\./.source,
        /\/packages\/statement-model\/src\/(delivery|WrittenOnly|DiscussionPointTags)\./.source,
        /\/packages\/statement-model\/src\/suggestions\/(suggestionReading|suggestionList|SuggestionMarks)\./
          .source,
        /\/packages\/drafting-metrics\/src\/timing\/(speakingTime|formatDuration)\./.source,
      ].join('|'),
    ),
    'statement-editor',
  ],
];

/** The named chunks as groups, the first listed taking a module before the later ones. */
const chunkGroups = NAMED_CHUNKS.map(([test, name], index) => ({
  name,
  test,
  priority: NAMED_CHUNKS.length - index,
}));

export default defineConfig({
  plugins: [
    react(),
    woff2Only(),
    pureLib0Schemas(),
    tiptapWithoutMarkdown(),
    tiptapExtensionsImports(),
    serviceWorker(),
    precompress(),
  ],
  resolve: {
    // Workspace packages export their TypeScript under the "source" condition.
    conditions: ['source', ...defaultClientConditions],
    // TipTap's Link extension finds addresses with linkifyjs (12 KB gzipped); the editor
    // gets a small detector instead (src/editor/linkDetection.ts says what it finds).
    // lib0's unused schema validators go too (build/pureLib0Schemas.ts).
    alias: [
      {
        find: /^linkifyjs$/,
        replacement: fileURLToPath(new URL('./src/editor/linkDetection.ts', import.meta.url)),
      },
      // @tiptap/react's useEditorState compares with fast-equals' deepEqual (4 KB gzipped);
      // src/editor/deepEqual.ts does the same for the plain values our selectors return.
      {
        find: /^fast-equals$/,
        replacement: fileURLToPath(new URL('./src/editor/deepEqual.ts', import.meta.url)),
      },
      // React 19's own useSyncExternalStore instead of the shim's copy of it (src/editor/syncExternalStore.ts).
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(new URL('./src/editor/syncExternalStore.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Kept in dist/ for reading error reports, never referenced by the served files nor
    // served (apps/server/src/http/serveWebApp.ts answers 404 for .map).
    sourcemap: 'hidden',
    // The largest chunk is the password-strength dictionaries (zxcvbn-ts common + English,
    // 1.2 MB, 0.6 MB gzipped), loaded only while a person chooses a password; the editor
    // chunk (ProseMirror + Yjs + TipTap, 480 KB) loads only on statement pages.
    chunkSizeWarningLimit: 1300,
    rollupOptions: {
      // Libraries in their own chunks: they change less often than Plenary's code, so a
      // deploy leaves them in the browser's (immutable) cache. Then app-core (above).
      output: { codeSplitting: { groups: chunkGroups } },
      // Brotli at build time is meant to take a few seconds; don't report it as slow.
      checks: { pluginTimings: false },
      treeshake: { manualPureFunctions: ['Node.create', 'Mark.create', 'Extension.create'] },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/socket.io': { target: server, ws: true },
      '/collab': { target: server, ws: true },
    },
  },
});
