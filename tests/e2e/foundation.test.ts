// Browser journeys of the foundation in real Chromium: each role signs in and lands on the home
// page that fits them; five wrong passwords lock an account; the audit admin verifies the chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../helpers/server.js';
import { chineseTextWidth, launchBrowser, shot, signIn } from '../helpers/browser.js';

let ts: TestServer;
let browser: Browser;
beforeAll(async () => {
  ts = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ts?.close();
});

const ROLES: [string, string, string][] = [
  ['sysadmin', 'system_admin', '宿城区数据局'],
  ['secadmin', 'security_admin', '宿城区数据局'],
  ['auditadmin', 'audit_admin', '宿城区数据局'],
  ['databureau', 'data_bureau', '宿城区数据局'],
  ['cyberspace', 'reviewer', '中共宿城区委网络安全和信息化委员会办公室'],
  ['finance', 'reviewer', '宿城区财政局'],
  ['bigdata', 'reviewer', '宿城区大数据中心'],
  ['ndrc', 'ndrc', '宿城区发展和改革局'],
  ['police', 'oversight', '宿迁市公安局宿城分局'],
  ['auditor', 'oversight', '宿城区审计局'],
  ['market', 'declarant', '宿城区市场监督管理局'],
  ['edu_leader', 'declarant', '宿城区教育局'],
  ['school', 'declarant', '宿城区实验小学'],
  ['soe_sub', 'declarant', '宿城区城投水务有限公司'],
  ['zhongwu', 'implementer', '钟吾大数据集团有限公司'],
  ['supervisor', 'supervisor', '宿迁诚信信息工程监理有限公司'],
  ['evaluator', 'evaluator', '江苏数智绩效评价研究院'],
];

describe('each role signs in and sees its own home page', () => {
  it.each(ROLES)('%s → %s', async (username, homeKind, orgName) => {
    const ctx = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await ctx.newPage();
    await signIn(page, ts.url, username, TEST_PASSWORD);
    await page.waitForSelector('[data-testid="home-kind"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="home-kind"]')).toBe(homeKind);
    expect(await page.textContent('[data-testid="org-name"]')).toContain(orgName);
    if (['sysadmin', 'databureau', 'market', 'finance', 'auditadmin'].includes(username))
      await shot(page, `home-${username}`);
    await ctx.close();
  });
});

describe('the login page', () => {
  it('is Chinese, renders CJK glyphs, and locks an account after five wrong passwords', async () => {
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto(`${ts.url}/login`);
    expect(await page.textContent('body')).toContain('宿城区信息化项目管理平台');
    expect(await chineseTextWidth(page)).toBeGreaterThan(90); // empty boxes measure ≈41 px
    await shot(page, 'login');
    for (let i = 1; i <= 5; i++) {
      await page.fill('#username', 'civil');
      await page.fill('#password', `Wrong@${i}234`);
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
        page.click('button[type=submit]'),
      ]);
    }
    await page.waitForSelector('text=锁定');
    await shot(page, 'login-locked');
    await page.fill('#password', TEST_PASSWORD);
    const [last] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
      page.click('button[type=submit]'),
    ]);
    // The right password does not open a locked account — and the answer is the same as for a wrong one
    // (issue 11: a different answer would confirm the guessed password).
    expect(last.status()).toBe(401);
    expect(await page.textContent('body')).toContain('锁定');
    expect(page.url()).toContain('/login');
    await ctx.close();
  });
});

describe('administration in the browser', () => {
  it('the audit admin verifies the audit chain from the UI', async () => {
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    await signIn(page, ts.url, 'auditadmin', TEST_PASSWORD);
    await page.waitForSelector('[data-testid="home-kind"]');
    await page.goto(`${ts.url}/admin/audit`);
    await page.getByRole('button', { name: /校验/ }).click();
    await page.waitForSelector('text=/完整|通过/');
    await shot(page, 'audit-verify');
    await ctx.close();
  });
});
