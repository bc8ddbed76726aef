// First run to first statement, all in the browser: the first administrator sets Plenary
// up, starts a debate, adds a delegation, invites a colleague who accepts the link.
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/factories.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';

describe('accounts, debates and invitations in the browser', () => {
  const suite = browserSuite();

  it('sets up Plenary, organizes a debate and brings a colleague in by invitation', async () => {
    const lan = await suite.visitor('Nguyen Thi Lan');
    await lan.page.goto('/');
    await lan.page.getByRole('heading', { name: 'Set up Plenary' }).waitFor();
    await lan.page.getByLabel('Your name').fill('Nguyen Thi Lan');
    await lan.page.getByLabel('Email').fill('lan@vietnam-mission.example');
    await lan.page.getByLabel('Password').fill('short');
    await lan.page.getByRole('button', { name: 'Create administrator account' }).click();
    // The rule is shown as she types, and again when she submits.
    await lan.page.getByText('Use at least 12 characters (5 so far)').first().waitFor();
    await lan.page.getByRole('alert').filter({ hasText: 'at least 12 characters' }).waitFor();
    await lan.page.getByLabel('Password').fill('aaaaaaaaaaaa');
    await lan.page
      .getByText(/repeat|guess/i)
      .first()
      .waitFor();
    await lan.page.getByLabel('Password').fill(TEST_PASSWORD);
    await lan.page.getByRole('button', { name: 'Create administrator account' }).click();
    await lan.page.getByText('You do not belong to a delegation yet').waitFor();

    await lan.page.getByRole('link', { name: 'Debates' }).first().click();
    await lan.page.getByRole('button', { name: 'Or enter the details by hand' }).click();
    await lan.page.getByLabel('Theme').fill('Protection of civilians in armed conflict');
    await lan.page.getByLabel('Body').fill('Security Council');
    await lan.page.getByLabel('Meeting date').fill('2021-04-19');
    await lan.page.getByLabel('Presidency').fill('Viet Nam');
    await lan.page.getByRole('button', { name: 'Create debate' }).click();
    await lan.page
      .getByRole('heading', { name: 'Protection of civilians in armed conflict' })
      .waitFor();

    await lan.page.getByLabel('Add a delegation').fill('Viet Nam');
    await lan.page.getByRole('button', { name: 'Add delegation' }).click();
    await lan.page.getByRole('button', { name: 'Join as drafter' }).click();
    await lan.page.getByText('Nguyen Thi Lan (you)').waitFor();

    await lan.page.getByLabel('Email').fill('duc@vietnam-mission.example');
    await lan.page.getByRole('button', { name: 'Create invitation link' }).click();
    const link = lan.page.getByLabel(/Send this link to/);
    await expect.poll(() => link.inputValue(), WAIT).toMatch(/\/invite\//);
    const url = await link.inputValue();
    // From the top: scrolled, the sticky header would be drawn across the middle of the page.
    await lan.page.evaluate(() => window.scrollTo(0, 0));
    await lan.page.screenshot({ path: `${DOC_IMAGES}debate-page.png`, fullPage: true });

    const duc = await suite.visitor('Tran Minh Duc');
    await duc.page.goto(new URL(url).pathname);
    await duc.page.getByText('Join the delegation of Viet Nam').waitFor();
    await duc.page.getByLabel('Your name').fill('Tran Minh Duc');
    await duc.page.getByLabel('Password').fill(TEST_PASSWORD);
    await duc.page.getByRole('button', { name: 'Accept and join' }).click();
    await duc.page.getByText('Your Plenary account was created.').waitFor();
    await duc.page.getByRole('button', { name: 'Continue to Plenary' }).click();
    await duc.page.getByRole('heading', { name: 'Statements', exact: true }).waitFor();
    await expect
      .poll(() => duc.page.locator('.create-form__for').innerText(), WAIT)
      .toBe('For Viet Nam — Protection of civilians in armed conflict');

    // The link is single-use: someone else is told it was used; Duc, that he has joined.
    const stranger = await suite.visitor('Someone else');
    await stranger.page.goto(new URL(url).pathname);
    await stranger.page
      .getByRole('heading', { name: 'This invitation was already used' })
      .waitFor();
    await duc.page.goto(new URL(url).pathname);
    await duc.page.getByRole('heading', { name: 'You have already joined' }).waitFor();

    // Revoking a link just created takes it off the screen, and the link says it was withdrawn.
    await lan.page.getByLabel('Email').fill('wrong.person@example.org');
    await lan.page.getByRole('button', { name: 'Create invitation link' }).click();
    // The first link stays on screen until the new one replaces it.
    await expect
      .poll(async () => (await link.count()) > 0 && (await link.inputValue()) !== url, WAIT)
      .toBe(true);
    const revokedUrl = await link.inputValue();
    expect(revokedUrl).toMatch(/\/invite\//);
    await lan.page
      .getByRole('button', { name: 'Revoke the invitation for wrong.person@example.org' })
      .click();
    await expect.poll(() => link.count(), WAIT).toBe(0);
    await stranger.page.goto(new URL(revokedUrl).pathname);
    await stranger.page.getByRole('heading', { name: 'This invitation was withdrawn' }).waitFor();
  });
});
