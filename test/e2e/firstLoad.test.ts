// How much JavaScript a person downloads before a statement they open from a link is on
// screen and connected. Budget from issue #19: 250 KB compressed, gzip as brotli.
import { mkdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement } from '../support/factories.js';
import { connectionOf, signIn } from './support/browser.js';
import { browserSuite, WAIT } from './support/browserSuite.js';
import { makeTeam } from './support/world.js';

const KB = 1024;

describe('first load of a statement', () => {
  const suite = browserSuite();

  it('downloads at most 222 KB brotli and 250 KB gzip of JavaScript', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin);
    const team = await makeTeam(admin, debate, 'Kenya', { 'Wanjiru Kamau': 'drafter' });
    const wanjiru = team.people['Wanjiru Kamau']!;
    const statement = await makeStatement(wanjiru.client, debate.id, [team.delegationId]);

    // The page notes when its badge first says "connected"; what it fetches from then on
    // (the app events' socket.io client) is not part of the first screen.
    const person = await suite.visitor(wanjiru.displayName, async (context) => {
      await context.addInitScript(() => {
        new MutationObserver((_records, observer) => {
          if (!document.querySelector('.connection-badge[data-status="connected"]')) return;
          (window as { connectedAt?: number }).connectedAt = performance.now();
          observer.disconnect();
        }).observe(document, { subtree: true, childList: true, attributes: true });
      });
    });
    const scripts: Response[] = [];
    person.page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await person.page.goto(`/s/${statement.id}`);
    await signIn(person.page, wanjiru.email, wanjiru.password);
    await expect.poll(async () => (await connectionOf(person.page)).status, WAIT).toBe('connected');
    // Scripts requested before the badge said "connected", then the ones after it.
    const requested = () =>
      person.page.evaluate(() => {
        const connectedAt = (window as { connectedAt?: number }).connectedAt ?? Infinity;
        const split = (before: boolean) =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime < connectedAt === before)
            .map((entry) => entry.name);
        return { firstScreen: split(true), later: split(false) };
      });
    const { firstScreen } = await requested();
    // The socket.io client (live notices) comes once the statement is connected.
    const isSocket = (url: string) => url.includes('/vendor-socket-');
    expect(firstScreen.filter(isSocket)).toEqual([]);
    await expect.poll(async () => (await requested()).later.some(isSocket), WAIT).toBe(true);

    const files = await Promise.all(
      scripts
        .filter((response) => firstScreen.includes(response.url()))
        .map(async (response) => {
          const body = await response.body();
          return {
            url: new URL(response.url()).pathname,
            encoding: (await response.headerValue('content-encoding')) ?? 'identity',
            bytes: body.length,
            // As the build compresses it (apps/web/build/precompress.ts). Not the transfer size
            // the browser reports: that is missing for a response the page had already read.
            brotli:
              body.length > KB
                ? brotliCompressSync(body, {
                    params: { [constants.BROTLI_PARAM_QUALITY]: 10 },
                  }).length
                : body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          };
        }),
    );
    const total = (key: 'bytes' | 'brotli' | 'gzip'): number =>
      Math.round(files.reduce((sum, file) => sum + file[key], 0) / KB);
    const report = {
      kb: { raw: total('bytes'), brotli: total('brotli'), gzip: total('gzip') },
      files,
    };
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/first-load.json', `${JSON.stringify(report, null, 2)}\n`);

    // Files under 1 KB are not worth compressing (see apps/web/build/precompress.ts).
    const uncompressed = files.filter((file) => file.bytes > KB && file.encoding !== 'br');
    expect(uncompressed).toEqual([]);
    expect(report.kb.brotli, JSON.stringify(report.kb)).toBeLessThanOrEqual(222);
    // Gzip, for browsers without brotli: React (67 KB with its hooks) and ProseMirror/TipTap/
    // Yjs (135 KB) leave little room for 250 (issue 19's gzip goal: 304 KB at first; 272
    // after the message catalogue left i18next, the editor left StarterKit's unused
    // extensions and linkifyjs, and two dialogs became their own chunks; 286 once every
    // answer was parsed with the @plenary/api contract's zod/mini schemas (issue 16) and
    // suggesting, outcomes and quotations came in; 274 after the workspace packages
    // declared `sideEffects: false`, more dialogs and menus became load-on-open chunks,
    // lib0's unused schema validators were dropped and useEditorState stopped bringing
    // fast-equals; 260 (brotli 231) once socket.io-client waited for the statement to be
    // connected, the API client, zod and message lookup became one chunk and the history
    // and export buttons left their panels' messages; 249 (brotli 220) on 2026-12-04 once
    // the build dropped TipTap's Markdown hooks and ProseMirror's history, the drop and gap
    // cursors, the point suggestions and the notifications' list waited for use, and the
    // small shared chunks joined app-core and a statement-editor chunk). The budget keeps
    // the split from eroding.
    expect(report.kb.gzip, JSON.stringify(report.kb)).toBeLessThanOrEqual(250);

    // What waited for use arrives with it: the drop and gap cursors and the suggested points
    // once the caret is in the text.
    const waiting = ['/editingAids-', '/pointSuggestions-'];
    expect(firstScreen.filter((url) => waiting.some((name) => url.includes(name)))).toEqual([]);
    await person.page.locator('.statement-body p').first().click();
    await expect
      .poll(async () => {
        const { later } = await requested();
        return waiting.filter((name) => !later.some((url) => url.includes(name)));
      }, WAIT)
      .toEqual([]);
  });
});
