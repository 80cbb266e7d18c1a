// Makes docs/form.png, the form page's picture in the README and the Vietnamese guide: the built
// page (dist/form.html) in Chromium with a Vietnamese locale, an example record opened.
// Run after `npm run bundle`: node scripts/form-screenshot.mjs [path-to-chromium]
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const browser = await chromium.launch({
  executablePath: process.argv[2] ?? '/usr/bin/chromium',
  args: ['--lang=vi-VN', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto(`file://${root}dist/form.html`);
  await page.setInputFiles('input[type=file][data-chibo=open]', `${root}examples/regular-reviewed.yaml`);
  await page.waitForSelector('[data-chibo=total]');
  await page.screenshot({ path: `${root}docs/form.png` });
} finally {
  await browser.close();
}
