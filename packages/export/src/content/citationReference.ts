// The citation mark is still being designed; read the reference it most likely carries
// ("S/2011/552, para. 12") from whichever attribute holds it, or none.

function textAttr(attrs: Record<string, unknown>, key: string): string | null {
  const value = attrs[key];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

const DIRECT_KEYS = ['reference', 'citation', 'label', 'source', 'title'] as const;

/** The reference a citation mark carries, or null when it carries none. */
export function citationReference(attrs: Record<string, unknown> | undefined): string | null {
  if (!attrs) return null;
  for (const key of DIRECT_KEYS.slice(0, 2)) {
    const value = textAttr(attrs, key);
    if (value) return value;
  }
  const symbol = textAttr(attrs, 'symbol');
  const paragraph =
    textAttr(attrs, 'paragraph') ?? textAttr(attrs, 'para') ?? textAttr(attrs, 'number');
  if (symbol) return paragraph ? `${symbol}, para. ${paragraph}` : symbol;
  for (const key of DIRECT_KEYS.slice(2)) {
    const value = textAttr(attrs, key);
    if (value) return value;
  }
  return null;
}
