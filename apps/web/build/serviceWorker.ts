// Emits dist/sw.js from build/sw.js with the list of built files to keep for offline use
// and a version derived from their (hashed) names, so each deploy replaces the old cache.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const TEMPLATE = new URL('./sw.js', import.meta.url);
/** Everything the app may load: scripts, styles, fonts, images. Not source maps. */
const PRECACHED = /^assets\/.+\.(js|css|woff2?|svg|png|webp)$/;
/**
 * Not the slices of the Chinese font (3 MB in all): the browser fetches the few a statement
 * uses, and the worker keeps those as it keeps any asset fetched (cache first).
 */
const FETCHED_WHEN_USED = /^assets\/noto-serif-sc-/;

export function serviceWorker(): Plugin {
  return {
    name: 'plenary-service-worker',
    apply: 'build',
    // After Vite's own plugins, which drop the empty script of a style-only chunk (the
    // Chinese font's rules, imported on demand): a precached file that is not there would
    // fail the worker's installation.
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => PRECACHED.test(name) && !FETCHED_WHEN_USED.test(name))
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = (await readFile(TEMPLATE, 'utf8'))
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace('__PRECACHE__', JSON.stringify(files.map((name) => `/${name}`)));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
