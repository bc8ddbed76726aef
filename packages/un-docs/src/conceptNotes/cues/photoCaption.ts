// Round 33: a news page's photo caption ("Un vote lors d'une réunion du Conseil de sécurité, le 25
// février 2022 (image d'illustration).", "A vote at a Security Council meeting, 12 March 2027 (file
// photo).", `Imagen de una sesión del Consejo, el 3 de abril de 2026 (foto de archivo).`) says when
// its picture was taken: an earlier meeting, which neither dates the meeting the item announces nor
// lends it a year. Read by the label that ends it, in brackets: the picture is an illustration or
// from the archive.

const CAPTION_LABEL =
  /\((?:image|photo|foto|imagen)s?\s+(?:d['’]illustration|d['’]archives?|de\s+archivo|ilustrativa)\)\.?$|\((?:file|archive|illustrative|stock)\s+(?:photo|image|picture)\)\.?$|\((?:illustration|archives?|archivo)\)\.?$/iu;

/** Whether `line` is a photo caption: its date is the picture's. */
export function isPhotoCaption(line: string): boolean {
  return CAPTION_LABEL.test(line.trim());
}
