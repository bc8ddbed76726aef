// Emits dist/sw.js from build/sw.js with the list of built files to keep for offline use
// and a version derived from their (hashed) names, so each deploy replaces the old cache.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const TEMPLATE = new URL('./sw.js', import.meta.url);
/** Everything the app may load: scripts, styles, fonts, images. Not source maps. */
const PRECACHED = /^assets\/.+\.(js|css|woff2?|svg|png|webp)$/;

export function serviceWorker(): Plugin {
  return {
    name: 'plenary-service-worker',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => PRECACHED.test(name))
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = (await readFile(TEMPLATE, 'utf8'))
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace('__PRECACHE__', JSON.stringify(files.map((name) => `/${name}`)));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
