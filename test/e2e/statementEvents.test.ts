// What reaches an open editor besides the text: a colleague's rename shows at once, a
// deleted statement stays readable with a clear notice, and reviewers read without editing.
import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement } from '../support/factories.js';
import { editorOf, textOf, typeAtEnd } from './support/browser.js';
import { browserSuite, WAIT } from './support/browserSuite.js';
import { makeTeam } from './support/world.js';

describe('statement events and rights in the editor', () => {
  const suite = browserSuite();

  async function kenya() {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Open debate on climate and security');
    const team = await makeTeam(admin, debate, 'Kenya', {
      'Wanjiru Kamau': 'drafter',
      'Otieno Odhiambo': 'drafter',
      'Achieng Njeri': 'reviewer',
    });
    const statement = await makeStatement(
      team.people['Otieno Odhiambo']!.client,
      debate.id,
      [team.delegationId],
      'Statement of Kenya',
    );
    return { team, statement, path: `/s/${statement.id}` };
  }

  it('shows a rename live, and keeps the text readable when the statement is deleted', async () => {
    const { team, statement, path } = await kenya();
    const wanjiru = await suite.join(team.people['Wanjiru Kamau']!, path);
    const text = 'Kenya associates itself with the statement of the African Group.';
    await typeAtEnd(wanjiru.page, text);
    const title = wanjiru.page.getByLabel('Statement title');

    const otieno = team.people['Otieno Odhiambo']!.client;
    const renamed = 'Statement of Kenya — open debate on climate and security';
    await otieno.expect(200, 'PATCH', `/api/statements/${statement.id}`, { title: renamed });
    await expect.poll(() => title.inputValue(), WAIT).toBe(renamed);

    await otieno.expect(204, 'DELETE', `/api/statements/${statement.id}`);
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

  it('lets a reviewer read along, with carets, suggesting rather than editing', async () => {
    const { team, path } = await kenya();
    const wanjiru = await suite.join(team.people['Wanjiru Kamau']!, path);
    await typeAtEnd(wanjiru.page, 'Mr. President,');
    const achieng = await suite.join(team.people['Achieng Njeri']!, path);

    await expect.poll(() => textOf(achieng.page), WAIT).toBe('Mr. President,');
    await achieng.page.locator('[data-notice="suggesting"]').waitFor();
    await achieng.page.getByRole('status').filter({ hasText: 'Suggesting' }).waitFor();
    expect(await achieng.page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0);
    await expect
      .poll(() => achieng.page.locator('.collaboration-carets__caret').count(), WAIT)
      .toBe(1);
  });
});
