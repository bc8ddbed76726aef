// App events reaching an open editor: a colleague's rename shows at once, and a deleted
// statement stays readable (read-only) with a clear notice, so no words are lost.
import { describe, expect, it } from 'vitest';
import { api, makeStatement } from '../support/http.js';
import { editorOf, textOf, typeAtEnd } from './support/browser.js';
import { browserSuite, WAIT } from './support/browserSuite.js';

describe('statement events in the editor', () => {
  const suite = browserSuite();

  it('shows a rename live, and keeps the text readable when the statement is deleted', async () => {
    const statement = await makeStatement(suite.url, 'Statement of Kenya');
    const wanjiru = await suite.join('Wanjiru Kamau', `/s/${statement.id}`);
    const text = 'Kenya associates itself with the statement of the African Group.';
    await typeAtEnd(wanjiru.page, text);
    const title = wanjiru.page.getByLabel('Statement title');

    const renamed = 'Statement of Kenya — open debate on climate and security';
    await api(suite.url, `/api/statements/${statement.id}`, {
      method: 'PATCH',
      body: { title: renamed },
    });
    await expect.poll(() => title.inputValue(), WAIT).toBe(renamed);

    await api(suite.url, `/api/statements/${statement.id}`, { method: 'DELETE' });
    await wanjiru.page
      .getByRole('alert')
      .filter({ hasText: 'This statement was deleted' })
      .waitFor();
    await expect
      .poll(() => editorOf(wanjiru.page).getAttribute('contenteditable'), WAIT)
      .toBe('false');
    expect(await textOf(wanjiru.page)).toBe(text);
    expect(await title.getAttribute('readonly')).not.toBeNull();
  });
});
