'use strict';
// UI smoke run against code-server with the packaged .vsix installed, in Restricted Mode (an
// untrusted folder): opens a draft in the real workbench (headless Debian chromium), waits for
// the squiggles, checks that a clean line gets no light bulb and a finding's line one, opens the
// quick fixes, runs “检查整个工作区” and “查看规则说明”, opens the Problems panel and the Outline,
// reads the status bar, and saves a screenshot of each step.
// usage: node ui-smoke.cjs http://127.0.0.1:PORT /abs/folder draft.gw shotsDir
const { chromium } = require('playwright-core');
const fs = require('node:fs');

const [base, folder, fileName, shots] = process.argv.slice(2);
const t0 = Date.now();
const log = (...a) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

async function command(page, title) {
  // F1 reaches the workbench only from outside a webview (a rule page's preview keeps the
  // focus after its tab closes): if the palette does not open, focus the side bar and try again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const opened = await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 5000 }).then(() => true, () => false);
    if (opened) break;
    if (attempt === 3) throw new Error(`the command palette did not open for "${title}"`);
    await page.keyboard.press('Escape');
    await page.click('.part.sidebar .composite.title', { position: { x: 5, y: 5 } }).catch(() => {});
  }
  await page.keyboard.type(title);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 30000 });
  await page.keyboard.press('Enter');
}

(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=zh-CN'],
  });
  let rc = 1;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    page.on('pageerror', (e) => log('pageerror', e.message));
    await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    log('workbench loaded');

    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(fileName);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${fileName}"]`, { timeout: 30000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tab[data-resource-name="${fileName}"], .tab[aria-label*="${fileName}"]`, { timeout: 30000 });
    const language = (await page.locator('#status\\.editor\\.mode').innerText({ timeout: 30000 })).trim();
    log('language mode:', language);
    // The Restricted Mode item comes into the status bar a moment after the workbench: wait for it.
    const restricted = await page.locator('.statusbar-item', { hasText: /Restricted Mode|受限模式/ }).first().waitFor({ state: 'visible', timeout: 10000 }).then(() => true, () => false);
    log('restricted mode:', restricted);

    await page.waitForSelector('.squiggly-error, .squiggly-warning', { timeout: 60000 });
    const squiggles = await page.locator('.squiggly-error, .squiggly-warning, .squiggly-info').count();
    log('squiggles:', squiggles);
    const status = page.locator('.statusbar-item', { hasText: '字 · 约' });
    await status.first().waitFor({ timeout: 30000 });
    const statusText = (await status.first().innerText()).replace(/\s+/g, ' ').trim();
    log('status bar:', statusText);
    await page.screenshot({ path: `${shots}/01-editor-squiggles.png` });

    // Hover a squiggle's line start to show a diagnostic with its rule link.
    const box = await page.locator('.squiggly-error').first().boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.monaco-hover .hover-contents, .monaco-hover-content', { timeout: 15000 }).catch(() => log('no hover'));
    await page.screenshot({ path: `${shots}/02-diagnostic-hover.png` });
    await page.keyboard.press('Escape');

    // The light bulb: none on a clean line, one on a line with a finding.
    const bulb = '[class*="codicon-gutter-lightbulb"]'; // the light bulb in the gutter (VS Code 1.139)
    const clickLine = async (text, dx = 40) => {
      const b = await page.locator('.view-line', { hasText: text }).first().boundingBox();
      await page.mouse.click(b.x + dx, b.y + b.height / 2);
    };
    await clickLine('要坚持XX原则', 60);
    const bulbOnFinding = await page.locator(bulb).first().waitFor({ state: 'visible', timeout: 15000 }).then(() => true, () => false);
    await page.screenshot({ path: `${shots}/07-bulb-on-finding.png` });
    await page.keyboard.press('Control+.');
    const menu = await page.waitForSelector('.action-widget', { state: 'visible', timeout: 15000 }).then(() => page.locator('.action-widget').first().innerText(), () => '');
    log('quick fixes:', JSON.stringify(menu.split('\n').filter(Boolean)));
    await page.screenshot({ path: `${shots}/08-quick-fixes.png` });
    await page.keyboard.press('Escape');
    await clickLine('各单位要高度重视');
    // The bulb of line 3 goes away; absence has no event to wait for, so then give the editor
    // the time it took to show a bulb above (under a second) to show one here.
    const gone = await page.locator(bulb).first().waitFor({ state: 'hidden', timeout: 10000 }).then(() => true, () => false);
    const reappeared = await page.locator(bulb).first().waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
    const noBulbOnClean = gone && !reappeared;
    await page.screenshot({ path: `${shots}/09-no-bulb-on-clean-line.png` });
    log('light bulb on a finding:', bulbOnFinding, 'none on a clean line:', noBulbOnClean);

    await command(page, 'gwlint: 检查整个工作区');
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30000 });
    await command(page, 'View: Toggle Maximized Panel'); // every file's row in view
    await page.waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => r.textContent.includes('汇报.txt')), null, { timeout: 30000 }).catch(() => {});
    const problems = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((s) => s.replace(/\s+/g, ' '));
    log('problems:', JSON.stringify(problems.slice(0, 8)));
    await page.screenshot({ path: `${shots}/03-problems-panel.png` });

    await command(page, 'View: Toggle Maximized Panel');
    await page.keyboard.press('Control+Shift+M'); // close the Problems panel
    await command(page, 'gwlint: 查看规则说明');
    await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="placeholder"]', { timeout: 15000 }).catch(() => {});
    await page.keyboard.type('placeholder');
    await page.keyboard.press('Enter');
    const rulePage = await page.waitForSelector('.tab[aria-label*="placeholder"]', { timeout: 20000 }).then(() => true, () => false);
    await page.waitForTimeout(1500); // the preview's webview paints after its tab appears
    await page.screenshot({ path: `${shots}/10-rule-page.png` });
    await page.keyboard.press('Control+W');
    await page.keyboard.press('Control+Shift+M'); // reopen, as the next steps expect

    await command(page, 'Explorer: Focus on Outline View');
    await page.waitForSelector('.outline-pane .monaco-list-row', { timeout: 30000 });
    await page.waitForFunction(() => document.querySelectorAll('.outline-pane .monaco-list-row').length >= 5, null, { timeout: 30000 }).catch(() => {});
    const outline = (await page.locator('.outline-pane .monaco-list-row').allInnerTexts()).map((s) => s.trim());
    log('outline:', JSON.stringify(outline));
    await page.screenshot({ path: `${shots}/04-outline.png` });

    // Non-fatal extras for the eye: the status bar tooltip (counts by section) and a heading's hover.
    const extra = async (name, hoverAt) => {
      try {
        await page.mouse.move(700, 800);
        await hoverAt();
        await page.waitForSelector('.monaco-hover:not(.hidden), .workbench-hover', { state: 'visible', timeout: 8000 });
      } catch (e) {
        log(`${name}: no hover seen (${e.message.split('\n')[0]})`);
      }
      await page.screenshot({ path: `${shots}/${name}.png` });
    };
    await page.keyboard.press('Control+Shift+M'); // close the Problems panel
    await extra('05-status-tooltip', async () => {
      const b = await status.first().boundingBox();
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    });
    await extra('11-language-status', async () => {
      await page.locator('#status\\.languageStatus').first().click();
    });
    await page.keyboard.press('Escape');
    await extra('06-heading-hover', async () => {
      const b = await page.locator('.view-line', { hasText: '一、总体要求' }).first().boundingBox();
      await page.mouse.click(b.x + 30, b.y + b.height / 2);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    });

    const checks = {
      restricted,
      bulbOnFinding,
      noBulbOnClean,
      allowQuickFix: menu.includes('在配置中允许“XX”'),
      workspaceLint: problems.some((p) => p.includes('汇报.txt')),
      rulePage,
      language: /公文|gongwen/i.test(language),
      squiggles: squiggles >= 1,
      status: /\d字 · 约\d+分钟/.test(statusText),
      problems: problems.some((p) => p.includes('placeholder')) && problems.some((p) => p.includes('template-residue')),
      outline: outline.some((o) => o.includes('一、总体要求')) && outline.some((o) => o.includes('（一）加强组织领导')),
    };
    log('checks:', JSON.stringify(checks));
    rc = Object.values(checks).every(Boolean) ? 0 : 1;
    log(rc === 0 ? 'UI SMOKE PASS' : 'UI SMOKE FAIL');
  } catch (e) {
    log('UI SMOKE ERROR', e.message);
    await page.screenshot({ path: `${shots}/99-error.png` }).catch(() => {});
  } finally {
    await browser.close();
  }
  process.exit(rc);
})();
