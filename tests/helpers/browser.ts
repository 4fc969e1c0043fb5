// Debian's Chromium driven by playwright-core (no browser download). Screenshots go to
// test-output/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SHOTS = path.resolve('test-output/screenshots');

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(() => !document.querySelector('.ant-spin-spinning'), undefined, { timeout: 15_000 })
    .catch(() => undefined);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the login page and waits for the home page of the role. */
export async function signIn(page: Page, base: string, username: string, password: string) {
  await page.goto(`${base}/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
}

/** Width in px of a Chinese string: ≈41 without CJK fonts (empty boxes), ≈112 with them. */
export async function chineseTextWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = '16px sans-serif';
    return ctx.measureText('宿城区信息化项目管理平台').width;
  });
}

/**
 * Runs `fn` in a fresh browser context signed in as `user` (zh-CN, Beijing time), closing it
 * afterwards; on failure a screenshot `failure-<label>-<user>.png` shows where it stopped.
 */
export async function asUser(
  browser: Browser,
  base: string,
  user: string,
  password: string,
  label: string,
  fn: (page: Page) => Promise<void>,
) {
  const ctx = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await ctx.newPage();
  try {
    await signIn(page, base, user, password);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await fn(page);
  } catch (err) {
    await page
      .screenshot({ path: path.join(SHOTS, `failure-${label}-${user}.png`), fullPage: true })
      .catch(() => undefined);
    throw err;
  } finally {
    await ctx.close();
  }
}
