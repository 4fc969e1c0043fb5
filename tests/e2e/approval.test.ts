// The joint review in Chromium (Art.13, 14): each of the four parties gives its formal opinion on
// the six dimensions by clicking; the declarant submits the final version; the signed scan is
// uploaded; the data bureau approves; anyone verifies the printed form's code.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { projectApplications } from '../../src/db/schema.js';
import { startTestServer, TEST_PASSWORD, type Client, type TestServer } from '../helpers/server.js';
import { asUser, launchBrowser, shot } from '../helpers/browser.js';
import { listedProject, tinyPdf, upload, wan } from '../helpers/projects.js';
import { PLAN_YEAR } from '../helpers/clock.js';

let ts: TestServer;
let browser: Browser;
let id = '';
const c: Record<string, Client> = {};
beforeAll(async () => {
  ts = await startTestServer();
  browser = await launchBrowser();
  for (const u of ['databureau', 'cyberspace', 'finance', 'bigdata', 'market', 'zhongwu']) c[u] = await ts.as(u);
  const callId = (
    await c.databureau.post('/api/v1/calls', {
      planYear: PLAN_YEAR,
      title: `关于申报${PLAN_YEAR}年度区级信息化项目的通知`,
    })
  ).body.id;
  id = (await listedProject(c, 'market', callId, PLAN_YEAR, '市场监管智慧监管平台', wan(300))).id;
});
afterAll(async () => {
  await browser?.close();
  await ts?.close();
});

const as = (user: string, fn: (page: Page) => Promise<void>) =>
  asUser(browser, ts.url, user, TEST_PASSWORD, 'approval', fn);

/** Chooses an option of a searchable antd Select by typing, once the options have loaded, and checks it took. */
async function pickOption(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.locator(selector).fill(text);
  await page.locator('.ant-select-item-option', { hasText: text }).first().waitFor();
  await page.locator(selector).press('Enter');
  await page.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: text }).first().waitFor();
}

const DIMS = ['intensive', 'integration', 'sharing', 'collaboration', 'security', 'estimate'];

describe('joint review and approval in the browser', () => {
  it('the declarant submits the application; the route and its reasons are shown (Art.11, 12)', async () => {
    await as('market', async (page) => {
      await page.goto(`${ts.url}/projects/${id}`);
      await page.getByTestId('action-submit_application').click();
      await page.getByTestId('route-ndrc').and(page.locator('[data-ndrc=false]')).waitFor();
      await page.getByTestId('route-reasons').getByText('R-NDRC').first().waitFor();
      await shot(page, 'application-route');
      await page.getByTestId('application-ok').click();
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=joint_review]')).waitFor();
    });
  });

  it('each of the four parties gives its opinion on the six dimensions', async () => {
    for (const user of ['databureau', 'cyberspace', 'finance', 'bigdata']) {
      await as(user, async (page) => {
        await page.goto(`${ts.url}/projects/${id}`);
        await page.getByTestId('action-joint_review_opinion').click();
        const form = page.getByTestId('joint-opinion-form');
        await form.waitFor();
        for (const d of DIMS) await page.locator(`#dim_${d}`).fill(`${user}：该方面符合要求。`);
        await form.getByLabel('通过', { exact: true }).check();
        await page.locator('#jointOverall').fill(`${user}：同意通过联审。`);
        await shot(page, `joint-review-${user}`);
        await page.getByTestId('joint-opinion-submit').click();
        await form.waitFor({ state: 'detached' });
      });
    }
    expect((await c.market.get(`/api/v1/projects/${id}`)).body.stage).toBe('revision');
  });

  it('the declarant submits the final version; the data bureau approves only with the signed scan', async () => {
    await as('market', async (page) => {
      // The home page's to-do names the step, its article and the 3-working-day deadline (Art.14).
      await page.goto(`${ts.url}/`);
      await page.getByText(/提交方案终稿（第十四条），期限 \d{4}-\d{2}-\d{2}/).waitFor();
      await shot(page, 'home-todo-revision');
      // The bell says so too, and its message opens the project.
      await page.getByTestId('notification-bell').click();
      await page.getByTestId('notification-list').getByText('待办：提交方案终稿').click();
      await page.waitForURL((u) => u.pathname === `/projects/${id}`);
      await page.getByTestId('action-submit_revision').click();
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=form_pending]')).waitFor();
    });
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/projects/${id}`);
      await page.getByTestId('action-approve').click();
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.getByTestId('blocked-rule').filter({ hasText: 'R-FORM' }).waitFor();
      await shot(page, 'approve-refused-r-form');
    });
    expect((await upload(c.market, id, 'joint_review_scan', '联合评审表（签章）.pdf', tinyPdf('scan'))).status).toBe(
      201,
    );
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/projects/${id}`);
      await page.getByTestId('action-approve').click();
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=approved]')).waitFor();
      await shot(page, 'approved');
    });
  });

  it('procurement, supervision, construction and a filed change, clicked through by the declarant (Art.16–19)', async () => {
    await as('market', async (page) => {
      await page.goto(`${ts.url}/projects/${id}`);
      await page.getByTestId('action-record_procurement').click();
      const form = page.getByTestId('procurement-form');
      await form.waitFor();
      await pickOption(page, '#implementerOrg', '钟吾');
      await page.locator('#contractYuan').fill('2800000');
      await page.locator('#procurementDate').fill(`${PLAN_YEAR}-03-01`);
      await page.locator('#procurementDate').press('Enter');
      await shot(page, 'procurement');
      await page.getByTestId('procurement-ok').click();
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=contracted]')).waitFor();

      // Over 50万: construction cannot start before the supervision contract (R-SUPERVISION).
      await page.getByTestId('action-start_construction').click();
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.getByTestId('blocked-rule').filter({ hasText: 'R-SUPERVISION' }).waitFor();
      await shot(page, 'construction-refused-r-supervision');
      await page
        .locator('.ant-modal')
        .filter({ has: page.getByTestId('submit-blocked') })
        .locator('.ant-btn-primary')
        .click();

      await page.getByTestId('action-record_supervision').click();
      await page.getByTestId('supervision-form').waitFor();
      await pickOption(page, '#supervisorOrg', '诚信');
      await page.locator('#supervisionYuan').fill('56000');
      await page.locator('#supervisionDate').fill(`${PLAN_YEAR}-03-05`);
      await page.locator('#supervisionDate').press('Enter');
      await page.getByTestId('supervision-ok').click();
      await page.getByTestId('supervision-form').waitFor({ state: 'detached' });

      await page.getByTestId('action-start_construction').click();
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=construction]')).waitFor();

      // A change of exactly 10% of the contract, within the budget, on a ground of Art.17 ¶2: filed.
      await page.getByTestId('action-file_change').click();
      await page.getByTestId('change-form').waitFor();
      await page.locator('#changeContent').fill('根据业务发展需要，调整统计分析模块的建设内容及进度。');
      await page.locator('#changeYuan').fill('280000');
      await page.locator('#totalAfterYuan').fill('3000000');
      await page.getByLabel('在已批复项目建设规划的框架下', { exact: false }).check();
      await page.getByTestId('change-ok').click();
      await page.getByTestId('change-decision').and(page.locator('[data-route=file]')).waitFor();
      await shot(page, 'change-filed');
      await page.getByTestId('change-close').click();
      await page.getByRole('tab', { name: '采购与建设' }).click();
      await page.getByTestId('changes-card').getByText('已备案，变更生效').waitFor();
      await shot(page, 'contract-tab');
    });
    // The implementer now sees the project (Art.16).
    expect((await c.zhongwu.get(`/api/v1/projects/${id}`)).status).toBe(200);
  });

  it('the data bureau’s dashboard counts the project and every number opens the projects behind it (SPEC §7)', async () => {
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/dashboard?year=${PLAN_YEAR}`);
      await page.getByTestId('chart-stage').locator('canvas').waitFor();
      const row = page.getByTestId('dept-table').locator('tr', { hasText: '宿城区市场监督管理局' });
      await row.waitFor();
      await shot(page, 'dashboard');
      await row.getByRole('link', { name: '1' }).click();
      await page.getByTestId('filter-org').waitFor();
      await page.getByTestId('projects-table').getByText('市场监管智慧监管平台').waitFor();
    });
  });

  it('anyone verifies the printed form’s code and works out a deadline, signed in or not', async () => {
    const [{ code }] = await ts.database.db
      .select({ code: projectApplications.formCode })
      .from(projectApplications)
      .where(eq(projectApplications.projectId, id));
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto(`${ts.url}/verify/${code}`);
    await page.getByTestId('verify-page').waitFor();
    await page.waitForSelector('text=核验通过');
    await shot(page, 'verify');
    // The same visitor works out a deadline on the official calendar (SPEC §5): 3 working days after 2026-09-30.
    await page.goto(`${ts.url}/rules`);
    await page.locator('#calcFrom').fill('2026-09-30');
    await page.locator('#calcFrom').press('Enter');
    await page.getByTestId('calc-submit').click();
    await page.getByTestId('calc-result').getByText('2026-10-10').waitFor();
    await ctx.close();
  });
});
