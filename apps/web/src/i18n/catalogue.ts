// The message catalogue: every string the user sees is looked up here by key. Each area of
// the interface defines its English messages in its own module (messages/<area>.ts), so its
// strings travel in the chunk of the screen that shows them instead of the first download.
// Messages use i18next's syntax ("{{name}}" placeholders, "_one"/"_other" plural keys), so a
// catalogue moves to i18next unchanged if the interface ever needs its extras; the lookup
// itself is 1 KB where i18next is 14 KB gzipped of a 250 KB first load (issue #19).
// Another interface language is a set of modules registered with `addTranslation` before the
// first render; a change of language reloads the page.

export interface Messages {
  readonly [key: string]: string | Messages;
}

type Plural = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The keys of a catalogue: dotted paths to its strings; a plural key also without suffix. */
export type MessageKey<M, Prefix extends string = ''> = {
  [K in keyof M & string]: M[K] extends string
    ? K extends `${infer Base}_${Plural}`
      ? `${Prefix}${K}` | `${Prefix}${Base}`
      : `${Prefix}${K}`
    : MessageKey<M[K], `${Prefix}${K}.`>;
}[keyof M & string];

export type MessageValues = Readonly<Record<string, string | number>>;

export type Translate<M extends Messages> = (key: MessageKey<M>, values?: MessageValues) => string;

export const DEFAULT_LANGUAGE = 'en';

const translations = new Map<string, Messages>();
/**
 * The page's language (`<html lang>`), read when this module loads: before any module that
 * reads messages as it loads (toolbar labels), so a page served in French is French there too.
 */
let language = globalThis.document?.documentElement.lang.split('-')[0] || DEFAULT_LANGUAGE;

/** Sets the interface language; call before the first render. */
export function setInterfaceLanguage(code: string): void {
  language = code;
}

export function interfaceLanguage(): string {
  return language;
}

/**
 * The locale of dates and numbers: the reader's own (the browser's) when it is a variant of
 * the interface language ("en-GB" under an English interface), else the interface language,
 * so a date never reads in another language than the sentence around it.
 */
export function formatLocale(): string {
  const own = globalThis.navigator?.languages ?? [];
  return own.find((tag) => tag.split('-')[0] === language) ?? language;
}

/** Registers another language's messages for an area (`namespace`). */
export function addTranslation(code: string, namespace: string, messages: Messages): void {
  translations.set(`${code}/${namespace}`, messages);
}

function lookUp(messages: Messages | undefined, path: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(template: string, values: MessageValues | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values?.[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(formatLocale()).format(value) : value;
  });
}

function pluralKey(key: string, values: MessageValues | undefined): string | null {
  const count = values?.count;
  if (typeof count !== 'number') return null;
  return `${key}_${new Intl.PluralRules(language).select(count)}`;
}

/**
 * Defines an area's English messages and returns its `t`. A key missing from the
 * interface language falls back to English; a key missing from English (a typo the types
 * let through, e.g. a computed key) shows the key itself, never an empty label.
 */
export function defineMessages<const M extends Messages>(
  namespace: string,
  english: M,
): Translate<M> {
  return (key, values) => {
    const local =
      language === DEFAULT_LANGUAGE ? undefined : translations.get(`${language}/${namespace}`);
    const plural = pluralKey(key, values);
    const template =
      (plural && (lookUp(local, plural) ?? lookUp(english, plural))) ??
      lookUp(local, key) ??
      lookUp(english, key) ??
      key;
    return interpolate(template, values);
  };
}
