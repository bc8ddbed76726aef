// Round 17: a web page copied whole opens with its chrome before the note's title: a skip
// link, a cookie notice, a language picker, a menu of links set off by bars, a search box,
// a breadcrumb trail, print and share links. None names the meeting, so none counts among
// the title blocks at the top of the note (a few of them could fill all eight).

const SKIP_OR_TOOL =
  /^(?:skip to (?:main )?(?:content|navigation)|aller au contenu(?: principal)?|ir al contenido(?: principal)?|search(?: this site)?|rechercher|buscar|menu|print(?: this page)?|imprimer|imprimir)$/iu;
const COOKIES = /\bcookies?\b/iu;
// Round 36h (decided in session 15): a link back to the page's top and the UN press pages'
// banner of what is under way at Headquarters ("In progress at UNHQ") name no meeting either.
const BACK_OR_BANNER =
  /^(?:back\s+to\s+(?:the\s+)?top|to\s+top|retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?|haut\s+de\s+page|volver\s+(?:arriba|al\s+inicio)|ir\s+arriba|in\s+progress\s+at\s+(?:UNHQ|UN\s+Headquarters))$/iu;
// "Share: Facebook | X", "Share this page", `Partager :` — not "Share your views before …", a title.
const SHARE =
  /^(?:share(?: this(?: page| article| story)?)?|partager|compartir)\s*(?::|$|\s+(?:facebook|twitter|x|linkedin|whatsapp|e-?mail)\b)/iu;
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
    BACK_OR_BANNER.test(line) ||
    (COOKIES.test(line) && line.length < 250) ||
    SHARE.test(line) ||
    MENU.test(line) ||
    CRUMBS.test(line) ||
    LANGUAGES.test(line)
  );
}

// Round 17: a page's list of links to other pages under "See also" (`Voir aussi`, `Véase
// también`, "Related", "Read more"): the lines name those pages ("Our statement to the
// General Assembly …"), not the meeting, so none is the note's text.
const SEE_ALSO =
  /^(?:see also|related(?: content| links| stories| articles)?|read more|more on this|voir aussi|lire aussi|à lire aussi|sur le même sujet|véase también|ver también|lea también|relacionad[oa]s)\s*:?$/iu;
const LINK_LINE_CHARS = 120;

/** The blocks without a "See also" heading and the short link lines listed under it. */
export function withoutSeeAlso(blocks: readonly string[]): string[] {
  const kept: string[] = [];
  let links = false;
  for (const block of blocks) {
    if (SEE_ALSO.test(block.trim())) {
      links = true;
      continue;
    }
    if (links && block.length <= LINK_LINE_CHARS && !/[.?!:]$/u.test(block.trim())) continue;
    links = false;
    kept.push(block);
  }
  return kept;
}
