// A Chinese statement in the browser is set in Noto Serif SC (as its PDF is), loaded with
// the statement: of the font's hundred slices the browser fetches only those holding the
// characters on screen, and none of it is part of the first load of other statements.
import { describe, expect, it } from 'vitest';
import { editorOf, textOf } from './support/browser.js';
import { browserSuite, WAIT } from './support/browserSuite.js';
import { makeDebate, makeTeam } from './support/world.js';

const SLICE = /\/assets\/noto-serif-sc-[\w-]+\.woff2$/;

describe('a Chinese statement in the browser', () => {
  const suite = browserSuite();

  it('is set in Noto Serif SC, fetching only the slices it shows', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Maintenance of international peace and security');
    const team = await makeTeam(admin, debate, 'China', { 'Li Wei': 'drafter' });
    await admin.expect(200, 'PATCH', `/api/delegations/${team.delegationId}`, { language: 'zh' });

    const li = await suite.signedIn(team.people['Li Wei']!, '/');
    const slices: string[] = [];
    li.page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (SLICE.test(path)) slices.push(path);
    });
    await expect
      .poll(() => li.page.getByLabel('Language', { exact: true }).inputValue(), WAIT)
      .toBe('zh');
    // Before any Chinese statement is open, no slice of the font has been fetched.
    expect(slices).toEqual([]);

    await li.page.getByLabel('New statement').fill('中国代表发言');
    await li.page.getByRole('button', { name: 'Create statement' }).click();
    await li.page.waitForURL(/\/s\//, WAIT);
    await expect.poll(() => textOf(li.page), WAIT).toContain('主席先生：');

    const editor = editorOf(li.page);
    expect(await editor.getAttribute('lang')).toBe('zh-CN');
    expect(await editor.evaluate((root) => getComputedStyle(root).fontFamily)).toMatch(
      /^"Noto Serif SC"/,
    );
    await expect
      .poll(
        () =>
          li.page.evaluate(() =>
            [...document.fonts].some(
              (face) => face.family.includes('Noto Serif SC') && face.status === 'loaded',
            ),
          ),
        WAIT,
      )
      .toBe(true);
    await li.page.screenshot({ path: 'test-results/chinese-statement.png' });
    // A page of template text needs a handful of the hundred slices.
    expect(slices.length, slices.join(' ')).toBeGreaterThan(0);
    expect(slices.length).toBeLessThan(25);
  });
});
