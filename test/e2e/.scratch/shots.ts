import { makeDebate, makeStatement, setupAdmin } from '../../support/factories.js';
import { startTestServer } from '../../support/testServer.js';
import { launchChromium, newPerson, signIn, typeAtEnd, connectionOf } from '../support/browser.js';
import { makeTeam } from '../support/world.js';

const out = '/tmp/shots/';
const server = await startTestServer();
const browser = await launchChromium();
try {
  const admin = await setupAdmin(server.url);
  const debate = await makeDebate(admin, 'Preventive diplomacy and regional partners');
  await admin
    .expect(200, 'PATCH', `/api/debates/${debate.id}`, {
      submissionEmail: 'dppa-scsb3@un.org',
      submissionDeadline: '2021-04-26',
    })
    .catch((e) => console.error(String(e)));
  const team = await makeTeam(admin, debate, 'Viet Nam', {
    'Nguyen Thi Lan': 'drafter',
    'Le Van Minh': 'reviewer',
  });
  const lanA = team.people['Nguyen Thi Lan']!;
  const st = await makeStatement(
    lanA.client,
    debate.id,
    [team.delegationId],
    'Statement of Viet Nam',
  );
  const lan = await newPerson(browser, server.url, 'lan');
  lan.page.on('console', (m) => console.log('console:', m.text()));
  await lan.page.goto(`/s/${st.id}`);
  await signIn(lan.page, lanA.email, lanA.password);
  for (let i = 0; i < 100 && (await connectionOf(lan.page)).status !== 'connected'; i++)
    await lan.page.waitForTimeout(100);
  await typeAtEnd(lan.page, 'Mr. President, Viet Nam thanks the Presidency.');
  await lan.page.getByRole('button', { name: 'Export' }).click();
  await lan.page.screenshot({ path: `${out}export-menu.png` });
  await lan.page.keyboard.press('ArrowDown');
  await lan.page.keyboard.press('Enter');
  await lan.page.waitForTimeout(800);
  await lan.page.screenshot({ path: `${out}export-error.png` });
  await lan.page.getByRole('button', { name: 'Send for review' }).click();
  await lan.page.waitForTimeout(500);
  await team.people['Le Van Minh']!.client.expect(
    200,
    'POST',
    `/api/statements/${st.id}/transitions`,
    { action: 'clear' },
  );
  await lan.page.waitForTimeout(800);
  await lan.page.getByRole('button', { name: 'Submit…' }).click();
  await lan.page.waitForTimeout(300);
  await lan.page.screenshot({ path: `${out}submit-dialog.png` });
  await lan.page.keyboard.press('Escape');
  await lan.page.getByRole('button', { name: 'Export' }).click();
  await lan.page.getByRole('menuitem', { name: /Submission pack/ }).click();
  await lan.page.waitForTimeout(800);
  await lan.page.screenshot({ path: `${out}pack.png` });
  await lan.page.keyboard.press('Escape');
  const minh = await newPerson(browser, server.url, 'minh');
  await minh.page.goto(`/s/${st.id}`);
  await signIn(minh.page, team.people['Le Van Minh']!.email, team.people['Le Van Minh']!.password);
  await minh.page.waitForTimeout(1500);
  await minh.page.getByRole('button', { name: 'Send back…' }).click();
  await minh.page.waitForTimeout(300);
  await minh.page.screenshot({ path: `${out}sendback.png` });
  await minh.page.setViewportSize({ width: 700, height: 900 });
  await minh.page.keyboard.press('Escape');
  await minh.page.waitForTimeout(300);
  await minh.page.screenshot({ path: `${out}narrow.png` });
  console.log('errors', lan.errors.map(String), minh.errors.map(String));
} finally {
  await browser.close();
  await server.stop({ removeData: true });
}
