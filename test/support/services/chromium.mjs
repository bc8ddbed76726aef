// Debian's Chromium for the browser suites: CHROMIUM_PATH, else /usr/bin/chromium,
// installed with apt-get (no recommends) when missing and we are root.
import { existsSync } from 'node:fs';
import { aptInstall, canApt, Missing, say } from './system.mjs';

export function ensureChromium(env) {
  const explicit = env.CHROMIUM_PATH;
  const path = explicit ?? '/usr/bin/chromium';
  if (existsSync(path)) {
    say(`Chromium: ${path}`);
    return { env: { CHROMIUM_PATH: path }, stop: async () => {} };
  }
  if (explicit || !canApt) {
    throw new Missing(
      `Chromium is not at ${path}. Install it (Debian: "sudo apt-get install -y --no-install-recommends chromium") ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  aptInstall('chromium');
  return { env: { CHROMIUM_PATH: path }, stop: async () => {} };
}
