// Font packages (@fontsource) declare each face as WOFF2 with a WOFF fallback. Every browser
// Plenary supports reads WOFF2, so the fallback is dropped from their CSS: otherwise the build
// would carry a second copy of each font (about a hundred files for Chinese).
import type { Plugin } from 'vite';

const WOFF_FALLBACK = /,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g;

export function woff2Only(): Plugin {
  return {
    name: 'plenary-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/@fontsource\/.+\.css$/.test(id)) return null;
      return { code: code.replace(WOFF_FALLBACK, ''), map: null };
    },
  };
}
