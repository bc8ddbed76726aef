// Round h13t: the body as the subject of the verb that announces the meeting, in French and
// Spanish too (bodyCues.ts, `holdsMeeting`): `el Grupo Asesor Especial sobre Haití del Consejo
// Económico y Social convocará una reunión`, `le Conseil économique et social tiendra une
// réunion`, as “the Council will convene” gives the Council over a body the sentence names as
// the occasion (`Durante la Semana de Alto Nivel … de la Asamblea General, …`).
export const ROMANCE_HOLDS = String.raw`(?:tiendra|tiendront|convoquera|convoqueront|organisera|organiseront|accueillera|celebrará|celebrarán|convocará|convocarán|organizará|organizarán|realizará|realizarán)`;
