// Round 17: a web page copied whole opens with its chrome before the note's title: a skip
// link, a cookie notice, a language picker, a menu of links set off by bars, a search box,
// a breadcrumb trail, print and share links. None names the meeting, so none counts among
// the title blocks at the top of the note (a few of them could fill all eight).

const SKIP_OR_TOOL =
  /^(?:skip to (?:main )?(?:content|navigation)|aller au contenu(?: principal)?|ir al contenido(?: principal)?|search(?: this site)?|rechercher|buscar|menu|print(?: this page)?|imprimer|imprimir)$/iu;
const COOKIES = /\bcookies?\b/iu;
const SHARE = /^(?:share(?: this(?: page)?)?|partager|compartir)\s*:?\s/iu;
// "Home | About | Events", "EN | FR | ES": three or more short items set off by bars, without
// the figures of a date or a time ("Open debate | 3 May 2027 | 10 a.m." is a title line).
const MENU = /^[^|\d]{1,30}(?:\s\|\s[^|\d]{1,30}){2,}$/u;
// "Home » Commission » Meetings", "Accueil > Actualités": two or more crumbs.
const CRUMBS = /^[^/>»›\n]{1,60}(?:\s[>»›]\s[^/>»›\n]{1,60}){1,8}$/u;
// A row of language names in their own scripts ("العربية 中文 English Français Русский Español").
const LANGUAGES = /^(?:(?:العربية|中文|English|Français|Русский|Español)\s*){4,}$/u;

/** A line of a web page's chrome: a skip link, cookies, a menu, breadcrumbs, share links. */
export function isPageChrome(text: string): boolean {
  const line = text.trim();
  if (line.length > 300) return false;
  return (
    SKIP_OR_TOOL.test(line) ||
    (COOKIES.test(line) && line.length < 250) ||
    SHARE.test(line) ||
    MENU.test(line) ||
    CRUMBS.test(line) ||
    LANGUAGES.test(line)
  );
}
