import { describe, expect, it } from 'vitest';
import { isPageMetadataLine } from './pageMetadata.js';

describe('isPageMetadataLine', () => {
  it('reads a page’s metadata and stamp lines', () => {
    expect(isPageMetadataLine('date 2024-08-23')).toBe(true);
    expect(isPageMetadataLine('Actualizado: viernes, 28 febrero 2014 19:06')).toBe(true);
  });

  it('reads a breadcrumb trail ending in the page’s stamp (round 31c)', () => {
    expect(isPageMetadataLine('Accueil international 27/August/2025 09:09 AM')).toBe(true);
    expect(isPageMetadataLine('Home World 18/March/2027 10:42 AM')).toBe(true);
  });

  it('reads no field or title as the page’s', () => {
    expect(isPageMetadataLine('Date: 23 August 2024')).toBe(false);
    expect(isPageMetadataLine('Home-grown solutions for peace in the Sahel')).toBe(false);
  });
});
