// Round w38at: a partner named "jointly with" the organizers convenes with them, whoever it is
// ("The President of the General Assembly, jointly with the United Nations Environment Programme
// (UNEP), will convene …", `la Presidenta del Consejo Económico y Social, conjuntamente con el
// Programa de las Naciones Unidas para el Desarrollo (PNUD), convocará`): "jointly" says the two
// convene together, where "in collaboration with" or "with the support of" names a helper
// (which still ends the list unless all are States, cues/actorList.ts). And the partner named
// after an initiative's States joins them (`À l'initiative de la France et du Mexique,
// conjointement avec la Sierra Leone`, `Por iniciativa del Perú y del Japón, conjuntamente con
// Ghana`), each State with the article its contracted `du`, `des`, `del` holds (session 15;
// `withoutPartitives` and `articleForContraction`, cues/statesConvene.ts).

/** The words that make a partner a co-convener, whatever it is. */
export const JOINTLY = /^(?:jointly with|conjointement avec|conjuntamente con)$/iu;

/** After an initiative's States: a partner set off by a comma and "jointly with", kept. */
export const JOINT_PARTNER = String.raw`(?:jointly with|conjointement avec|conjuntamente con|together with|junto con)`;
