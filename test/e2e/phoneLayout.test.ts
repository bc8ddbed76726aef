// Phones and tablets: every main page fits the screen without sideways scrolling, the
// statement's side panels open as full-screen sheets with a reachable close, and the
// status, meter, badge and presence stay on screen. Screenshots illustrate the user guide.
import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement } from '../support/factories.js';
import { connectionOf, signIn, typeAtEnd } from './support/browser.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import { onScreen, overflow } from './support/layout.js';
import { importConceptNote, inviteOrganizer, makeTeam } from './support/world.js';

/** Screenshots to look at, not for the guide: always under test-results/. */
const LOOK = 'test-results/screenshots/';

const SCREENS = [
  { name: 'small-phone', width: 360, height: 740 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

describe('phone and tablet layout', () => {
  const suite = browserSuite();

  for (const screen of SCREENS) {
    it(`fits ${screen.width}×${screen.height}: pages, and panels as sheets`, async () => {
      const admin = await suite.admin();
      const debate = await makeDebate(admin, `Open debate (${screen.name})`);
      await importConceptNote(admin, debate.id);
      const team = await makeTeam(admin, debate, 'Ghana', { 'Ama Owusu': 'drafter' });
      const ama = team.people['Ama Owusu']!;
      const statement = await makeStatement(ama.client, debate.id, [team.delegationId]);

      // A touch screen, as phones and tablets have: touch-sized targets apply.
      const { page } = await suite.visitor(`${ama.displayName} (${screen.name})`, undefined, {
        viewport: { width: screen.width, height: screen.height },
        isMobile: true,
        hasTouch: true,
      });
      await page.goto('/');
      await signIn(page, ama.email, ama.password);

      for (const path of ['/', '/debates', `/debates/${debate.id}`]) {
        await page.goto(path);
        await page.locator('main h1, main h2').first().waitFor();
        expect(await overflow(page), `${path} at ${screen.width}px`).toEqual({
          px: 0,
          culprits: [],
        });
      }
      await page.screenshot({ path: `${LOOK}${screen.name}-debate.png` });

      // The organizer's debate page holds every form (import, library, invitations, settings).
      const organizer = await inviteOrganizer(admin, debate.id, `Lena Brandt ${screen.name}`);
      const lena = await suite.visitor(`${organizer.displayName}`, undefined, {
        viewport: { width: screen.width, height: screen.height },
        isMobile: true,
        hasTouch: true,
      });
      await lena.page.goto(`/debates/${debate.id}`);
      await signIn(lena.page, organizer.email, organizer.password);
      await lena.page.getByRole('button', { name: 'Create invitation link' }).waitFor();
      expect(await overflow(lena.page), `the organizer's debate page at ${screen.width}px`).toEqual(
        { px: 0, culprits: [] },
      );
      // A draft is the delegation's own: the organizer's badge says so, not a network fault.
      await lena.page.goto(`/s/${statement.id}`);
      await lena.page.getByText('You do not have access to this statement’s text').waitFor();
      expect(await lena.page.locator('.connection-badge').innerText()).toBe('No access');
      expect(await overflow(lena.page), `a draft, to its organizer, at ${screen.width}px`).toEqual({
        px: 0,
        culprits: [],
      });

      await page.goto(`/s/${statement.id}`);
      await expect.poll(async () => (await connectionOf(page)).status, WAIT).toBe('connected');
      await typeAtEnd(page, 'Ghana aligns itself with the statement of the African Group.');
      await page.screenshot({
        path: `${screen.name === 'phone' ? DOC_IMAGES : LOOK}${screen.name}-statement.png`,
      });
      expect(await overflow(page), `statement at ${screen.width}px`).toEqual({
        px: 0,
        culprits: [],
      });
      for (const part of ['.connection-badge', '.presence', '.statement-title__input'])
        expect(await onScreen(page, part), `${part} on screen`).toBe(true);
      const title = await page.locator('.statement-title__input').boundingBox();
      expect(title?.width, 'room for the title').toBeGreaterThanOrEqual(160);

      const panels = [
        { toggle: 'Points and library', panel: 'Points and library', close: 'Close the panel' },
        { toggle: 'Comments', panel: 'Comments', close: 'Close the comments' },
        { toggle: 'History', panel: 'History and versions', close: 'Close the history' },
      ];
      for (const { toggle, panel, close } of panels) {
        await page.getByRole('button', { name: toggle, exact: false }).first().click();
        const sheet = page.getByRole('complementary', { name: panel });
        await sheet.waitFor();
        const closeButton = sheet.getByRole('button', { name: close });
        expect(await onScreen(page, `[aria-label="${close}"]`), `${close} on screen`).toBe(true);
        const target = await closeButton.boundingBox();
        expect(target?.width, `${close} width`).toBeGreaterThanOrEqual(44);
        expect(target?.height, `${close} height`).toBeGreaterThanOrEqual(44);
        expect(await overflow(page), `${panel} open at ${screen.width}px`).toEqual({
          px: 0,
          culprits: [],
        });
        if (screen.width <= 480) {
          const box = await sheet.boundingBox();
          expect(box?.width, `${panel} is a full-width sheet`).toBeGreaterThanOrEqual(
            screen.width - 1,
          );
          const name = `${screen.name}-${toggle.toLowerCase().replace(/\W+/g, '-')}.png`;
          await page.screenshot({
            path: `${toggle === 'Comments' && screen.name === 'phone' ? DOC_IMAGES : LOOK}${name}`,
          });
        }
        await closeButton.click();
        await sheet.waitFor({ state: 'detached' });
      }
    });
  }
});
