// Before Playwright runs: use CHROMIUM_PATH or Debian's /usr/bin/chromium when present; otherwise
// (a normal developer machine) install Playwright's own Chromium once.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!process.env.CHROMIUM_PATH && !existsSync('/usr/bin/chromium')) {
	execSync('npx playwright install chromium', { stdio: 'inherit' });
}
