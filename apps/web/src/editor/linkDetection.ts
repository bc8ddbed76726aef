// The part of linkifyjs that TipTap's Link extension uses (find, tokenize), for the editor
// only: web addresses with a scheme or "www.", and e-mail addresses, found with one regular
// expression. linkifyjs knows every top-level domain and links "un.org" too, but costs 12 KB
// of the statement page's first load (issue #19) for a feature statements rarely use. The
// server and the exports never detect links; they read the marks the editor wrote.
// vite.config.ts points the "linkifyjs" import here.

export interface FoundLink {
  type: 'url' | 'email';
  value: string;
  href: string;
  isLink: true;
  start: number;
  end: number;
}

interface Token {
  toObject(defaultProtocol?: string): {
    type: string;
    value: string;
    href: string;
    isLink: boolean;
    start: number;
    end: number;
  };
}

const SCHEME_URL = String.raw`(?:https?|ftps?):\/\/[^\s<>"'\u00A0]+`;
const WWW_URL = String.raw`www\.[^\s<>"'.\u00A0]+(?:\.[^\s<>"'\u00A0]+)+`;
const MAILTO = String.raw`mailto:[^\s<>"'\u00A0]+`;
const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
const LINK = new RegExp(`(${SCHEME_URL}|${WWW_URL}|${MAILTO})|(${EMAIL})`, 'gu');
/** Punctuation that ends a sentence rather than the address: "see www.un.org." */
const TRAILING = /[.,;:!?'"”’»)\]]+$/u;

function hrefOf(value: string, email: boolean, defaultProtocol = 'http'): string {
  if (email) return `mailto:${value}`;
  return /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `${defaultProtocol}://${value}`;
}

/** The links in a text, as linkifyjs's `find` reports them. */
export function find(text: string, options?: { defaultProtocol?: string }): FoundLink[] {
  const links: FoundLink[] = [];
  for (const match of text.matchAll(LINK)) {
    const email = match[1] === undefined;
    const value = match[0].replace(TRAILING, '');
    const start = match.index;
    links.push({
      type: email ? 'email' : 'url',
      value,
      href: hrefOf(value, email, options?.defaultProtocol),
      isLink: true,
      start,
      end: start + value.length,
    });
  }
  return links;
}

function token(value: string, start: number, link: boolean, email = false): Token {
  return {
    toObject: (defaultProtocol?: string) => ({
      type: link ? (email ? 'email' : 'url') : 'text',
      value,
      href: link ? hrefOf(value, email, defaultProtocol) : value,
      isLink: link,
      start,
      end: start + value.length,
    }),
  };
}

/**
 * A word cut as linkifyjs cuts it, enough for the Link extension's check that a typed word
 * is an address as a whole (or one in brackets): text, link, text.
 */
export function tokenize(word: string): Token[] {
  const [link] = find(word);
  if (!link) return [token(word, 0, false)];
  const tokens: Token[] = [];
  if (link.start > 0) tokens.push(token(word.slice(0, link.start), 0, false));
  tokens.push(token(link.value, link.start, true, link.type === 'email'));
  if (link.end < word.length) tokens.push(token(word.slice(link.end), link.end, false));
  return tokens;
}

/** Custom schemes are not used by Plenary's editor. */
export function registerCustomProtocol(): void {}

export function reset(): void {}
