// Round t42c: a body that convenes may be described in a relative clause between itself and its
// verb, as a press release introduces it: "The Economic and Social Council (ECOSOC), which serves
// as the central forum for …, will hold its substantive session", `Le Conseil des droits de
// l'homme, qui est composé de 47 États, tiendra …`, `El Consejo Económico y Social, que reúne a 54
// Estados, celebrará …`. The clause says what the body is; the body still convenes (round 21's
// merge), as it does past an aside naming its chair (underChairAside.ts). A clause with commas of
// its own is not read.
export const RELATIVE_ASIDE = String.raw`(?:,\s+(?:which|qui|que|el\s+cual|la\s+cual)\s+[^,.;]{3,200},)`;
