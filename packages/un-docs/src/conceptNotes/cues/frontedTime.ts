// Round w36ct: a sentence may put how often or how long the organizers have held the meeting
// before them ("For the third consecutive year, Belgium is organizing … an event", `Cette année,
// la Suisse organise …`, `Por segundo año consecutivo, Chile organizará …`): the phrase says
// when, the States after it still convene. Only phrases of time are passed over, so a fronted
// partner ("In collaboration with UNICEF, …") is not read as a lead-in.
export const FRONTED_TIME =
  /^(?:For\s+the\s+[\p{L}\d-]+\s+(?:consecutive\s+|successive\s+)?(?:year|time)(?:\s+(?:running|in\s+a\s+row))?|(?:Again\s+)?This\s+year|As\s+(?:every|each)\s+year|As\s+in\s+(?:previous|past)\s+years|Once\s+again|(?:Comme\s+chaque|Cette)\s+année|Pour\s+la\s+[\p{L}\d-]+\s+(?:année|fois)(?:\s+consécutive)?|(?:Como\s+cada|Este)\s+año|Por\s+[\p{L}\d-]+\s+(?:año|vez)(?:\s+consecutiv[oa])?)\s*,\s+/iu;
