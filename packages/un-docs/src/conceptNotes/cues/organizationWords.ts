// Words that name an organization by its kind ("… Centre", "Office of …", "Fondation …"), in
// English, French and Spanish, shared by the cues that tell an organization's event from a
// meeting of a body of Member States. Matched between letters, not at `\b`, which knows ASCII
// letters only (“Université” ends in a letter `\b` does not see).

const RESEARCH =
  'Centre|Center|Centro|Institute|Institut|Instituto|Foundation|Fondation|Fundación|Academy|Académie|Academia|Network|Réseau|University|Université|Universidad';
/** The UN units that organize courses and workshops for delegates (UNITAR's, a department's). */
const TEACHING_UNITS = 'Department|Département|Departamento|Programme|Programa|Fund|Fonds|Fondo';
const UN_UNITS = `Office|Bureau|Oficina|${TEACHING_UNITS}|Entity|Entité|Entidad|Secretariat|Secrétariat|Secretaría|Agency|Agence|Agencia`;

const word = (words: string): RegExp =>
  new RegExp(String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])`, 'u');

/** Any organization by the kind of its name (round h12t added research centres to networks). */
export const ORGANIZATION_WORD = word(
  `${RESEARCH}|${UN_UNITS}|Red|Association|Asociación|Haut-Commissariat|Organi[sz]ation|Organización`,
);
/** A United Nations office, fund, programme, department, entity, secretariat or agency. */
export const UN_UNIT_WORD = word(UN_UNITS);
/** An entity whose event is its own, not a meeting of the body it is about (entityBody.ts). */
export const ENTITY_WORD = word(`${RESEARCH}|${TEACHING_UNITS}`);
