// 数据局驾驶舱 in Chromium (issue 10): the data bureau opens the cockpit from its menu, reads the
// money pipeline, review timeliness and missed deadlines in Chinese, and clicks a figure to see the
// projects behind it. A declarant has no cockpit in its menu. Screenshots: cockpit.png,
// cockpit-drill.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { asUser, chineseTextWidth, launchBrowser, shot } from '../helpers/browser.js';
import { CALL_YEAR, PLAN_YEAR } from '../helpers/clock.js';
import { organizations } from '../../src/db/schema.js';
import { contractedProject, declareReady, fresh, wan } from '../helpers/projects.js';
import { type Client, startTestServer, TEST_PASSWORD, type TestServer } from '../helpers/server.js';

let ts: TestServer;
let browser: Browser;
const c: Record<string, Client> = {};

beforeAll(async () => {
  ts = await startTestServer();
  browser = await launchBrowser();
  for (const u of ['databureau', 'cyberspace', 'finance', 'bigdata', 'edu', 'health', 'zhongwu', 'supervisor'])
    c[u] = await ts.as(u);
  const callId = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` }))
    .body.id as string;
  await contractedProject(c, 'edu', callId, '智慧教育平台', wan(300));
  const p = await declareReady(c.health, callId, '健康档案互联互通', wan(200));
  await c.health.post(`/api/v1/projects/${p.id}/submit`, { version: (await fresh(c.health, p.id)).version });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await ts?.close();
});

const as = (user: string, fn: (page: Page) => Promise<void>) =>
  asUser(browser, ts.url, user, TEST_PASSWORD, 'cockpit', fn);

describe('the cockpit in the browser', () => {
  it('the data bureau opens it from the menu, reads it in Chinese and drills into a figure', async () => {
    await as('databureau', async (page) => {
      await page.getByRole('menuitem', { name: '数据局驾驶舱' }).click();
      await page.waitForURL(/\/cockpit/);
      await page.goto(`${ts.url}/cockpit?year=${PLAN_YEAR}`);
      const cockpit = page.getByTestId('cockpit-page');
      await cockpit.waitFor();
      await page.getByTestId('cockpit-step-declared').filter({ hasText: '500.00万元' }).waitFor();
      for (const label of ['数据局驾驶舱', '申报总投资', '审核预算', '招标控制价', '合同金额', '资金拨付', '财政收回'])
        await expect(cockpit.getByText(label).first().isVisible()).resolves.toBe(true);
      for (const label of [
        '审核时效（各联审部门）',
        '各单位逾期事项',
        '系统监测预警（第三十二条）',
        '绩效评价得分（第三十三条）',
      ])
        await cockpit.getByText(label).first().waitFor();
      await cockpit.getByTestId('chart-pipeline').locator('canvas').waitFor();
      expect(await chineseTextWidth(page)).toBeGreaterThan(80);
      await shot(page, 'cockpit');

      // The contracted figure: the one project behind it.
      await page.getByTestId('cockpit-step-contracted').click();
      const drill = page.getByTestId('cockpit-drill-table');
      await drill.getByText('智慧教育平台').waitFor();
      expect(await drill.getByText('健康档案互联互通').count()).toBe(0);
      await shot(page, 'cockpit-drill');
      await page.locator('.ant-drawer-close').click();
      await drill.waitFor({ state: 'detached' });

      // A party's opinions in the timeliness table: finance spoke on the contracted project only.
      await page.getByTestId('cockpit-timeliness').getByTestId('review-finance').click();
      await drill.getByText('智慧教育平台').waitFor();
      expect(await drill.getByText('健康档案互联互通').count()).toBe(0);
    });
  });

  it('a declarant has no cockpit in its menu', async () => {
    await as('edu', async (page) => {
      await page.getByRole('menuitem', { name: '统筹看板' }).waitFor();
      expect(await page.getByRole('menuitem', { name: '数据局驾驶舱' }).count()).toBe(0);
      await page.goto(`${ts.url}/cockpit`);
      await page.getByText('无权访问').waitFor();
    });
  });
});

// 淘汰退出清单 (Art.32): the big data center's monthly rows flag a system whose CPU use stayed under
// the line for three months; the data bureau sees it with its evidence and eliminates it.
describe('the elimination list in the browser', () => {
  const SYSTEM = '市场主体信用查询系统';
  beforeAll(async () => {
    const orgs = (await ts.database.db.select().from(organizations)).filter((o) => o.code === 'sc-market');
    const created = await c.databureau.post('/api/v1/systems', {
      name: SYSTEM,
      ownerOrgId: orgs[0].id,
      description: '信用查询',
      status: 'operating',
      deployment: 'gov_cloud',
      cloudVcpu: 10,
      cloudMemoryGb: 32,
      cloudStorageGb: 500,
      mlpsLevel: 2,
      dataCollected: true,
      operationStartedOn: `${CALL_YEAR - 1}-03-01`,
    });
    expect(created.status).toBe(201);
    const months = ['06', '07', '08'].map((m) => `${CALL_YEAR}-${m}`);
    const rows = months.map((month) => ({
      system: created.body.code,
      month,
      vcpuAllocated: 10,
      vcpuUsed: 0.2, // 2 % — under the 5 % line three months running
      memoryAllocatedGb: 32,
      memoryUsedGb: 4,
      storageAllocatedGb: 500,
      storageUsedGb: 50,
      availabilityPercent: 99.9,
      activeUsers: 12,
      calls: 300,
      findingsHigh: 0,
    }));
    const res = await c.bigdata.post('/api/v1/monitoring/rows', { rows });
    expect(res.status).toBe(200);
  }, 60_000);

  it('shows the flagged system with its evidence; the data bureau eliminates it (R-MONITOR)', async () => {
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/monitoring/eliminations`);
      const list = page.getByTestId('elimination-list');
      const row = list.locator('tr', { hasText: SYSTEM });
      await row.getByText('云资源使用率低').waitFor();
      await row.getByText('待决定').waitFor();
      await row.locator('.ant-table-row-expand-icon').click();
      await list.getByTestId('elimination-evidence').getByText('第三十二条').first().waitFor();
      expect(await chineseTextWidth(page)).toBeGreaterThan(80);
      await shot(page, 'elimination-list');
      await row.getByRole('button', { name: /决\s*定/ }).click();
      const modal = page.locator('.ant-modal');
      await modal.getByText('淘汰', { exact: true }).click();
      await modal.locator('textarea').fill('连续三个月云资源使用率低于5%，业务已由市平台承接');
      await modal.getByRole('button', { name: /确\s*定|OK/ }).click();
      await row.getByText('已淘汰').waitFor();
      await shot(page, 'elimination-decided');
    });
  });
});
