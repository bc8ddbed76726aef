/**
 * The file name in a Content-Disposition header. RFC 6266's `filename*` (UTF-8,
 * percent-encoded) wins over the ASCII `filename`, since names such as “Côte d’Ivoire”
 * only survive in the former. Null when the header names no file.
 */
export function contentDispositionName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)'[^']*'([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return clean(decodeURIComponent(extended[1].trim()));
    } catch {
      // Malformed escapes: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name ? clean(name) : null;
}

/** No folders: a name is only ever a name. */
function clean(name: string): string | null {
  const base = name.split(/[/\\]/).pop()?.trim();
  return base || null;
}
