// Browser tests drive Debian's Chromium. Install it when missing and we may (root + apt-get);
// otherwise say exactly what to do instead of failing later with an obscure launch error.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    process.stderr.write(
      `Browser tests need Chromium at ${CHROMIUM}. Install it (Debian: "sudo apt-get install -y chromium") ` +
        'or set CHROMIUM_PATH to your Chromium binary, then run the tests again.\n',
    );
    process.exit(1);
  }
  process.stdout.write(
    `Chromium not found at ${CHROMIUM}; installing Debian's chromium package…\n`,
  );
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', {
    stdio: 'inherit',
  });
}
