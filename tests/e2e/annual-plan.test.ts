// The annual planning round by clicking, in Chromium (Art.8–10): the data bureau opens the call;
// a declarant fills the guided form (autosave), is refused before the materials are attached,
// uploads them and submits; the four parties give their opinions; finance approves the budget;
// the data bureau issues the plan; the annual list shows the project. Screenshots of the
// declaration form, the findings panel and the reviewer's opinion page are saved.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../helpers/server.js';
import { asUser, launchBrowser, shot } from '../helpers/browser.js';
import { declareReady, tinyPdf } from '../helpers/projects.js';
import { PLAN_YEAR, CALL_YEAR } from '../helpers/clock.js';

let ts: TestServer;
let browser: Browser;
let projectId = '';
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-e2e-files-'));
beforeAll(async () => {
  ts = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ts?.close();
  fs.rmSync(files, { recursive: true, force: true });
});

const as = (user: string, fn: (page: Page) => Promise<void>) =>
  asUser(browser, ts.url, user, TEST_PASSWORD, 'annual-plan', fn);

describe('the annual planning round in the browser', () => {
  it(`the data bureau opens the ${PLAN_YEAR} call`, async () => {
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/calls`);
      await page.getByTestId('call-create').click();
      await page.locator('#planYear').fill(`${PLAN_YEAR}`);
      await page.locator('#title').fill(`关于开展${PLAN_YEAR}年度区级信息化项目建设计划申报工作的通知`);
      await page.locator('#notice').fill(`请各单位于截止时间前通过平台提交${PLAN_YEAR}年度项目建设计划。`);
      await page.getByTestId('call-save').click();
      await page.getByTestId('open-call').first().waitFor();
      expect(await page.getByTestId('call-countdown').first().getAttribute('data-passed')).toBe('false');
    });
  });

  it('a declarant fills the guided form, is refused without materials, uploads them and submits', async () => {
    await as('market', async (page) => {
      await page.goto(`${ts.url}/projects`);
      await page.getByTestId('projects-table').waitFor();
      await page.waitForLoadState('networkidle');
      await page.getByTestId('project-create').click();
      await page.locator('.ant-modal #name').fill('宿城区智慧市场监管平台');
      await page.getByTestId('project-create-ok').click();
      await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
      projectId = page.url().split('/').pop()!;
      const form = page.getByTestId('declaration-form');
      await form.waitFor();
      const pick = async (id: string, text: string) => {
        await form.locator(`#${id}`).click({ force: true });
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
      };
      await pick('category', '业务系统');
      await pick('kind', '建设类');
      await form.locator('#totalYuan').fill('1000000');
      await page.getByTestId('step-next').click();
      for (const [k, v] of [
        ['development', '600000'],
        ['implementation', '200000'],
        ['maintenance', '100000'],
        ['training', '50000'],
        ['supervision', '30000'],
        ['other', '20000'],
      ]) {
        await form.locator(`#budget_${k}`).fill(v);
      }
      await page.getByTestId('add-funding').click();
      await pick('fundingSources_0_source', '财政资金');
      await form.locator('#fundingSources_0_amountYuan').fill('1000000');
      await page.getByTestId('autosave-status').filter({ hasText: '已自动保存' }).waitFor({ timeout: 15_000 });
      await page.getByTestId('step-next').click();
      await page.getByTestId('data-resources-add').click();
      await form.locator('#dataResources_0_name').fill('市场主体登记信息');
      await form.locator('#dataResources_0_costYuan').fill('80000');
      await page.getByTestId('sharing-list-add').click();
      await form.locator('#sharingList_0_item').fill('市场主体基本信息');
      await pick('sharingList_0_direction', '提供共享');
      await form.locator('#sharingList_0_interface').fill('数据共享交换平台 API');
      await form.locator('#sharingList_0_frequency').fill('每日');
      await page.getByTestId('step-next').click();
      await form.getByLabel('政务云').check();
      await form.getByLabel('统一身份认证系统').check();
      await page.getByTestId('step-next').click();
      await form.getByLabel('数字政府').check();
      await form.locator('#scenario_description').fill('企业开办“一件事”智能审批与信用监管联动场景。');
      await pick('mlpsLevel', '第3级');
      await form.locator('#cryptoPlan').fill('采用商用密码保障身份认证与数据传输，同步规划、同步建设、同步运行。');
      await form.locator('#secureReliableStatement').fill('软硬件均采购安全可靠产品。');
      for (const cb of await form.locator('[data-step="4"] #planChapters input[type=checkbox]').all()) await cb.check();
      await page.getByTestId('step-next').click();
      await page.getByTestId('performance-targets-add').click();
      await form.locator('#performanceTargets_0_indicator').fill('企业开办平均用时');
      await form.locator('#performanceTargets_0_target').fill('不超过 1 个工作日');
      await form.locator('#contactName').fill('沈市场');
      await page.getByTestId('autosave-status').filter({ hasText: '已自动保存' }).waitFor({ timeout: 15_000 });
      await page.waitForTimeout(2000);
      await shot(page, 'declaration-form');
      // The findings panel names the missing materials with their article.
      const materials = page.getByTestId('findings-panel').locator('[data-rule="R-MATERIALS"]');
      expect(await materials.count()).toBe(4);
      await shot(page, 'findings-panel');

      await page.getByTestId('action-submit').click();
      await page.getByTestId('submit-blocked').waitFor();
      expect(await page.getByTestId('blocked-rule').textContent()).toContain('R-MATERIALS');
      await page.locator('.ant-modal-footer .ant-btn-primary').click();

      await page.getByRole('tab', { name: '申报材料' }).click();
      for (const [code, name] of [
        ['declaration_form', '申报表'],
        ['construction_plan', '建设方案'],
        ['basis_documents', '建设依据'],
        ['collective_decision', '集体研究意见'],
      ]) {
        const file = path.join(files, `${name}.pdf`);
        fs.writeFileSync(file, tinyPdf(name));
        await page.getByTestId(`upload-${code}`).locator('input[type=file]').setInputFiles(file);
        await page.getByTestId(`required-${code}`).and(page.locator('[data-uploaded=true]')).waitFor();
      }
      await page.getByTestId('action-submit').click();
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=submitted]')).waitFor();
    });
  });

  it('the four parties give their opinions from their to-do lists', async () => {
    for (const user of ['databureau', 'cyberspace', 'finance', 'bigdata']) {
      await as(user, async (page) => {
        await page.goto(`${ts.url}/reviews`);
        await page.getByTestId('review-todo').locator('a', { hasText: '智慧市场监管' }).first().click();
        await page.getByTestId('action-pre_review_opinion').click();
        await page.getByTestId('opinion-form').waitFor();
        await page.getByTestId('opinion-form').getByLabel('通过', { exact: true }).check();
        await page.locator('#opinionText').fill(`${user}：同意通过预审。`);
        if (user === 'cyberspace') await shot(page, 'reviewer-opinion');
        await page.getByTestId('opinion-submit').click();
        await page.getByTestId('opinion-form').waitFor({ state: 'detached' });
      });
    }
    const p = await (await ts.as('market')).get(`/api/v1/projects/${projectId}`);
    expect(p.body.stage).toBe('pre_review_passed');
  });

  it('finance approves the budget; the data bureau issues the plan; the list shows the project', async () => {
    await as('finance', async (page) => {
      await page.goto(`${ts.url}/projects/${projectId}`);
      await page.getByTestId('action-budget_review').click();
      await page.locator('#approvedYuan').fill('950000.50');
      await page.getByTestId('budget-review-ok').click();
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=budgeted]')).waitFor();
    });
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/plan?year=${PLAN_YEAR}`);
      await page.getByTestId('plan-candidates').locator('tbody tr.ant-table-row').first().waitFor();
      await page.locator('#consentDocNumber').fill(`宿区政复〔${CALL_YEAR}〕12号`);
      await page.locator('#consentDate').fill(`${CALL_YEAR}-12-20`);
      await page.locator('#consentDate').press('Enter');
      await page.locator('#consentDocNumber').click();
      await page.getByTestId('plan-issue-submit').click();
      await page.getByTestId('plans-issued').waitFor();
      await page.goto(`${ts.url}/annual-list?year=${PLAN_YEAR}`);
      await page.getByTestId('annual-totals').waitFor();
      expect(await page.getByTestId('annual-list-table').textContent()).toContain('宿城区智慧市场监管平台');
      await shot(page, 'annual-list');
    });
    const p = await (await ts.as('market')).get(`/api/v1/projects/${projectId}`);
    expect(p.body).toMatchObject({ stage: 'listed', approvedBudgetFen: 95_000_050 });
  });

  it('a school submits to its sector authority, which forwards it (Art.9)', async () => {
    const api = await ts.as('school');
    const callId = (await api.get('/api/v1/calls')).body.items[0].id;
    const p = await declareReady(api, callId, '智慧校园安全管理系统', 1_200_000 * 100);
    await as('school', async (page) => {
      await page.goto(`${ts.url}/projects/${p.id}`);
      await page.getByTestId('route-sector').waitFor();
      await page.getByTestId('action-submit').click();
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=sector_review]')).waitFor();
    });
    await as('edu_leader', async (page) => {
      await page.goto(`${ts.url}/projects/${p.id}`);
      await page.getByTestId('action-forward').click();
      await page.locator('#actionText').fill('已审核把关，同意统一申报。');
      await page.getByTestId('forward-form-ok').click();
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=submitted]')).waitFor();
      await shot(page, 'sector-forwarded');
    });
  });

  it('the rules catalogue is public', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${ts.url}/rules`);
    await page.getByTestId('rules-table').waitFor();
    expect(await page.textContent('body')).toContain('R-DEADLINE');
    await ctx.close();
  });
});
