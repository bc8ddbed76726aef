import { describe, expect, it } from 'vitest';
import { namesOnlyDocumentKind } from './documentKindSubject.js';

describe('namesOnlyDocumentKind', () => {
  it("reads a subject line naming only the document's kind and the body", () => {
    expect(namesOnlyDocumentKind("pistes de réflexion – Conseil des droits de l'homme")).toBe(true);
    expect(namesOnlyDocumentKind('Guiding questions - Security Council')).toBe(true);
    expect(namesOnlyDocumentKind('Preguntas orientadoras - Consejo Económico y Social')).toBe(true);
    expect(namesOnlyDocumentKind('Concept note')).toBe(true);
  });

  it('keeps a subject line naming a meeting or a subject', () => {
    expect(namesOnlyDocumentKind('Guiding questions – open debate on sea-level rise')).toBe(false);
    expect(namesOnlyDocumentKind('Arria-formula meeting on space debris')).toBe(false);
  });
});
