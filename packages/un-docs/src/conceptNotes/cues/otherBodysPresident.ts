// Round 36h: the president of another body than the Security Council ("Hamidon Ali, ECOSOC
// President for 2010", "the President of the General Assembly", `le Président du Conseil
// économique et social`, `la Presidenta de la Asamblea General`) holds no Council presidency,
// whatever State the sentence names near the word.

// Round h12t: or a regional organization's council, named by its own kind ("the Permanent Council
// of the OAS", `el presidente del Consejo Permanente de la OEA, el embajador colombiano`, the
// African Union's Peace and Security Council, the European Council).
const REGIONAL_COUNCIL = String.raw`(?:Permanent\s+Council|Consejo\s+Permanente|Conseil\s+permanent|Peace\s+and\s+Security\s+Council|Consejo\s+de\s+Paz\s+y\s+Seguridad|Conseil\s+de\s+paix\s+et\s+de\s+sécurité|European\s+Council|Consejo\s+Europeo|Conseil\s+européen|Council\s+of\s+the\s+European\s+Union|Consejo\s+de\s+la\s+Unión\s+Europea|Conseil\s+de\s+l['’]Union\s+européenne|Ministerial\s+Council|Consejo\s+Ministerial|Conseil\s+ministériel)`;
const BODY = String.raw`(?:${REGIONAL_COUNCIL}|ECOSOC|PGA|UNGA|HRC|PBC|General\s+Assembly|Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Peacebuilding\s+Commission|Assemblée(?:\s+générale)?|Conseil\s+économique\s+et\s+social|Conseil\s+des\s+droits\s+de\s+l['’]homme|Commission\s+de\s+consolidation\s+de\s+la\s+paix|Asamblea(?:\s+General)?|Consejo\s+Económico\s+y\s+Social|Consejo\s+de\s+Derechos\s+Humanos|Comisión\s+de\s+Consolidación\s+de\s+la\s+Paz)`;
const BODY_BEFORE = new RegExp(String.raw`(?<![\p{L}])${BODY}['’]?s?\s+(?:Vice-)?$`, 'u');
const BODY_AFTER = new RegExp(
  String.raw`^[\p{L}]*\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?${BODY}(?![\p{L}])`,
  'iu',
);

/** Whether the president's word at `index` of `text` is another body's president. */
export function otherBodysPresident(text: string, index: number): boolean {
  return (
    BODY_BEFORE.test(text.slice(Math.max(0, index - 40), index)) ||
    BODY_AFTER.test(text.slice(index))
  );
}

// A chair acting "in his capacity as the ECOSOC Vice-President for the HAS" (`en sa qualité de
// Vice-Président du Conseil économique et social`, `en su calidad de Presidenta de la Asamblea
// General`) chairs for that body: his State holds no Council presidency by it.
const IN_CAPACITY = new RegExp(
  String.raw`(?<![\p{L}])(?:in\s+(?:his|her|their|its)\s+capacity\s+as\s+(?:the\s+)?${BODY}\s+(?:Vice-)?(?:President|Chair)|(?:in\s+(?:his|her|their|its)\s+capacity\s+as|en\s+(?:sa|leur)\s+qualité\s+de|en\s+(?:su|sus)\s+calidad\s+de)\s+(?:the\s+)?(?:Vice-)?(?:President|Chair|Présidente?|Presidente?|Presidenta)\s+(?:of|du|de|del)\s+(?:the\s+|la\s+|l['’])?${BODY})(?![\p{L}])`,
  'iu',
);

/** Whether `text` says its chair acts for another body than the Security Council. */
export function chairsForOtherBody(text: string): boolean {
  return IN_CAPACITY.test(text);
}
