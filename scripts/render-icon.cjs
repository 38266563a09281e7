'use strict';
// Renders images/icon.html to images/icon.png (128×128) with headless Chromium, the way the e2e
// scripts drive it. Run when the icon's design changes:
//   NODE_PATH=.e2e/tools/node_modules node scripts/render-icon.cjs
const { chromium } = require('playwright-core');
const path = require('node:path');

(async () => {
  const root = path.join(__dirname, '..');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.goto(`file://${path.join(root, 'images/icon.html')}`);
  await page.screenshot({ path: path.join(root, 'images/icon.png'), omitBackground: true });
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
