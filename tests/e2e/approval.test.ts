// The joint review in Chromium (Art.13, 14): each of the four parties gives its formal opinion on
// the six dimensions by clicking; the declarant submits the final version; the signed scan is
// uploaded; the data bureau approves; anyone verifies the printed form's code.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { projects } from '../../src/db/schema.js';
import { startTestServer, TEST_PASSWORD, type Client, type TestServer } from '../helpers/server.js';
import { launchBrowser, shot, signIn } from '../helpers/browser.js';
import { listedProject, tinyPdf, upload, wan } from '../helpers/projects.js';

let ts: TestServer;
let browser: Browser;
let id = '';
const c: Record<string, Client> = {};
beforeAll(async () => {
  ts = await startTestServer();
  browser = await launchBrowser();
  for (const u of ['databureau', 'cyberspace', 'finance', 'bigdata', 'market']) c[u] = await ts.as(u);
  const callId = (await c.databureau.post('/api/v1/calls', { planYear: 2028, title: '关于申报2028年度区级信息化项目的通知' })).body.id;
  id = (await listedProject(c, 'market', callId, 2028, '市场监管智慧监管平台', wan(300))).id;
  const app = await c.market.post(`/api/v1/projects/${id}/application`, {});
  if (app.body.stage !== 'joint_review') throw new Error(JSON.stringify(app.body));
});
afterAll(async () => {
  await browser?.close();
  await ts?.close();
});

async function as(user: string, fn: (page: Page) => Promise<void>) {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await ctx.newPage();
  try {
    await signIn(page, ts.url, user, TEST_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await fn(page);
  } finally {
    await ctx.close();
  }
}

const DIMS = ['intensive', 'integration', 'sharing', 'collaboration', 'security', 'estimate'];

describe('joint review and approval in the browser', () => {
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
      await page.goto(`${ts.url}/projects/${id}`);
      await page.getByTestId('action-submit_revision').click();
      await page.locator('.ant-modal .ant-btn-primary').last().click().catch(() => undefined);
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=form_pending]')).waitFor();
    });
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/projects/${id}`);
      await page.getByTestId('action-approve').click();
      await page.locator('.ant-modal .ant-btn-primary').last().click().catch(() => undefined);
      await page.waitForSelector('text=R-FORM');
      await shot(page, 'approve-refused-r-form');
    });
    expect((await upload(c.market, id, 'joint_review_scan', '联合评审表（签章）.pdf', tinyPdf('scan'))).status).toBe(201);
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/projects/${id}`);
      await page.getByTestId('action-approve').click();
      await page.locator('.ant-modal .ant-btn-primary').last().click().catch(() => undefined);
      await page.getByTestId('stage-tag').and(page.locator('[data-stage=approved]')).waitFor();
      await shot(page, 'approved');
    });
  });

  it('anyone verifies the printed form’s code, signed in or not', async () => {
    const [{ code }] = await ts.database.db.select({ code: projects.formCode }).from(projects).where(eq(projects.id, id));
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto(`${ts.url}/verify/${code}`);
    await page.getByTestId('verify-page').waitFor();
    await page.waitForSelector('text=核验通过');
    await shot(page, 'verify');
    await ctx.close();
  });
});
