import { describe, expect, it } from 'vitest';
import { pdfPages } from '../fixtures/readPdf.js';
import { makeSuggestedStatement, withTrackedSuggestions } from '../fixtures/suggestedStatement.js';
import { renderPdf } from './renderPdf.js';

describe('renderPdf with suggestions', () => {
  it('shows both sides of each suggestion in the redline', async () => {
    const [page] = await pdfPages(
      await renderPdf(withTrackedSuggestions(makeSuggestedStatement())),
    );
    expect(page).toMatch(/often\s*consistently acted early, and will continue to do so\./);
    expect(page).toContain('convening this important debate');
  });

  it('leaves suggested text out of the clean PDF and keeps text suggested for deletion', async () => {
    const [page] = await pdfPages(await renderPdf(makeSuggestedStatement()));
    expect(page).toContain('Our region has often acted early, and will continue to do so.');
    expect(page).not.toContain('important');
  });
});
