import { candidate, type Cue } from './Candidate.js';
import { FIRST_PERSON, FIRST_PERSON_ES_FR } from './firstPersonConvening.js';

// Round t43c: a news item quoting an office holder who convenes in the first person ("In line with
// that request, I will convene the General Assembly formal plenary on Thursday," Bozkir said; `«
// Convocaré una sesión plenaria el jueves », dijo Bozkir`): the convener is the office the item
// gives the speaker, by the name the quotation is attributed to, in an apposition anywhere in the
// text (“the President of the General Assembly, Turkish diplomat Volkan Bozkir, said”, “Volkan
// Bozkir, President of the General Assembly”). By the convener convention, the office by its
// title, without the holder's name; the office in the item's language. A first person outside
// quotation marks is a letter's writer (lettersFirstPerson in convenerCues.ts), and a speaker the
// item gives no office names none.

const OFFICE = String.raw`(?:(?:[Tt]he|[Ee]l|[Ll]a|[Ll]e)\s+)?(?:[Pp]resident|[Cc]hair|[Pp]résidente?|[Pp]residenta?)\s+(?:of\s+the|de\s+la|de\s+l['’]|du|del)\s+(?:UN\s+)?(?:General\s+Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Security\s+Council|Peacebuilding\s+Commission|Asamblea\s+General|Assemblée\s+générale|Consejo\s+(?:Económico\s+y\s+Social|de\s+Derechos\s+Humanos|de\s+Seguridad)|Conseil\s+(?:économique\s+et\s+social|des\s+droits\s+de\s+l['’]homme|de\s+sécurité))`;
const SAID = String.raw`(?:said|says|told|wrote|added|announced|stated|tweeted|dijo|afirmó|anunció|declaró|escribió|a\s+déclaré|a\s+annoncé|a\s+écrit|a\s+dit)`;
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+)`;
// “…," Bozkir said`, “…”, dijo Bozkir`, `…, a déclaré M. Bozkir`, or before the quotation
// (“Bozkir, President of …, wrote: "…"”).
const ATTRIBUTION = new RegExp(
  String.raw`["”»]\s*,?\s*(?:${NAME}\s+${SAID}|${SAID}\s+(?:(?:M\.|Mme|Mr\.|Ms\.|el|la)\s+)?${NAME})(?![\p{L}])|(?<![\p{L}])${NAME}(?:\s*,\s*[^,."“]{3,80},)?\s+${SAID}\s*(?:[^.:"“]{0,40})?[:,]?\s*["“«]`,
  'gu',
);
const QUOTE_MARKS = /["“”«»]/gu;

function officeOf(text: string, name: string): string | null {
  const before = new RegExp(
    String.raw`(${OFFICE})\s*,\s*(?:[^,.;"“”]{0,60}?\s)?${name}(?![\p{L}])`,
    'u',
  );
  const after = new RegExp(String.raw`(?<![\p{L}])${name}\s*,\s*(${OFFICE})`, 'u');
  const office = (before.exec(text) ?? after.exec(text))?.[1];
  if (!office) return null;
  // The article in lower case, as the convener convention writes it (`la Présidente de …`).
  return /^(?:the|el|la|le)\s/iu.test(office)
    ? office.replace(/^\p{L}+/u, (article) => article.toLowerCase())
    : `the ${office}`;
}

/** Whether the words at `at` in `block` stand inside quotation marks. */
function quoted(block: string, at: number): boolean {
  return (block.slice(0, at).match(QUOTE_MARKS)?.length ?? 0) % 2 === 1;
}

// The first-person patterns are read sentence by sentence, as lettersFirstPerson reads them: their
// “our delegations … convene” spans run the whole of what they are given, which on a block of
// thousands of run-on lines would take time in the square of its length.
export const quotedConvener: Cue<string> = ({ blocks, sentences }) => {
  const text = blocks.join('\n');
  for (const { text: sentence } of sentences) {
    const convening = FIRST_PERSON.exec(sentence) ?? FIRST_PERSON_ES_FR.exec(sentence);
    if (!convening) continue;
    const block = blocks.find((candidateBlock) => candidateBlock.includes(sentence));
    const at = block ? block.indexOf(sentence) + convening.index : -1;
    if (!block || !quoted(block, at)) continue;
    for (const attribution of block.matchAll(ATTRIBUTION)) {
      const name = attribution[1] ?? attribution[2] ?? attribution[3];
      const office = name ? officeOf(text, name) : null;
      if (office) return [candidate(office.replace(/\s+/gu, ' '), 0.7, block, 'quotedConvener')];
    }
  }
  return [];
};
