// Oversight in Chromium (issue 10, Art.31–34): the rectification ladder on a project — the data bureau
// orders, the owner answers, the data bureau judges and the ladder shows 通报批评 with who decided it; the
// rectification deadline reminds the owner in the message centre (消息中心), and 全部已读 clears the
// header bell's badge; the audit bureau reads a project as it stood at the end of an earlier day (?asOf=,
// and 查看某日状态); the cockpit lists the projects under sanction. The server's clock moves, never the
// machine's. Screenshots: audit-as-of, audit-as-of-later, rectification-order, rectification-ordered,
// rectification-ladder, cockpit-sanctions(-drill), messages-reminder, messages-read.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runObligationsJob } from '../../src/server/obligations/job.js';
import { asUser, chineseTextWidth, launchBrowser, shot } from '../helpers/browser.js';
import { enterCalendarFixture } from '../helpers/calendar-fixture.js';
import { CALL_YEAR, PLAN_YEAR, TEST_START } from '../helpers/clock.js';
import { contractedProject, declareReady, fresh, wan } from '../helpers/projects.js';
import { type Client, startTestServer, TEST_PASSWORD, type TestServer } from '../helpers/server.js';

let ts: TestServer;
let browser: Browser;
const c: Record<string, Client> = {};
const USERS = ['databureau', 'cyberspace', 'finance', 'bigdata', 'market', 'zhongwu', 'supervisor', 'auditor'];
const NAME = '市场监管智慧监管平台';
const TARGET = '一件事办理时限';
let id = '';
let callId = '';

/** Moves the server's clock to a Beijing instant and signs everyone in again (sessions idle out). */
async function at(local: string) {
  ts.clock.set(`${local}+08:00`);
  for (const u of USERS) c[u] = await ts.as(u);
}

beforeAll(async () => {
  // The clock crosses months: passwords would expire — not the subject here.
  ts = await startTestServer({ PASSWORD_EXPIRY_DAYS: '0' });
  browser = await launchBrowser();
  for (const u of USERS) c[u] = await ts.as(u);
  await enterCalendarFixture(c.databureau);
  callId = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` })).body
    .id;
  id = (await contractedProject(c, 'market', callId, NAME, wan(300))).id;
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await ts?.close();
});

const as = (user: string, fn: (page: Page) => Promise<void>) =>
  asUser(browser, ts.url, user, TEST_PASSWORD, 'oversight', fn);

const openOversight = async (page: Page) => {
  await page.goto(`${ts.url}/projects/${id}`);
  await page.getByTestId('project-header').waitFor();
  await page.getByRole('tab', { name: '绩效评价与整改' }).click();
  await page.getByTestId('oversight-panel').waitFor();
};
/** A screenshot of an open form whole: the page is made tall enough for the modal, then set back. */
const modalShot = async (page: Page, name: string) => {
  await page.setViewportSize({ width: 1440, height: 1500 });
  await shot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
};

describe('the audit as of a date (Art.34)', () => {
  const D0 = TEST_START.slice(0, 10);
  const addDays = (d: string, n: number) =>
    new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const D1 = addDays(D0, 1);
  let asOfId = '';

  beforeAll(async () => {
    // D0 (the day the suite starts): a draft.
    await at(`${D0}T12:00:00`);
    asOfId = (await declareReady(c.market, callId, '市场监管信用平台')).id;
    // D1: renamed and submitted.
    await at(`${D1}T10:00:00`);
    const renamed = await c.market.patch(`/api/v1/projects/${asOfId}`, {
      name: '市场监管信用监管平台',
      version: (await fresh(c.market, asOfId)).version,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const sub = await c.market.post(`/api/v1/projects/${asOfId}/submit`, {
      version: (await fresh(c.market, asOfId)).version,
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    await at(`${addDays(D0, 2)}T09:00:00`);
  }, 60_000);

  it('?asOf= shows the project as it stood then, read-only; back to today shows the change', async () => {
    await as('auditor', async (page) => {
      await page.goto(`${ts.url}/projects/${asOfId}?asOf=${D0}`);
      const view = page.getByTestId('as-of-view');
      await view.waitFor();
      await view.getByTestId('as-of-banner').getByText(`只读：项目在 ${D0} 日终时的状态`, { exact: false }).waitFor();
      await expect.poll(() => view.getByTestId('as-of-name').textContent()).toBe('市场监管信用平台');
      await view.getByTestId('stage-tag').and(page.locator('[data-stage=draft]')).waitFor();
      // No action on a past state.
      expect(await page.locator('[data-testid^="action-"]').count()).toBe(0);
      await shot(page, 'audit-as-of');

      await page.getByTestId('as-of-back').click();
      await view.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('project-name').textContent()).toBe('市场监管信用监管平台');
      expect(new URL(page.url()).searchParams.get('asOf')).toBeNull();

      // 查看某日状态: the day of the change shows the new name and the stage reached.
      const picker = page.getByTestId('as-of-picker').locator('input');
      await picker.click();
      await picker.fill(D1);
      await picker.press('Enter');
      await view.waitFor();
      expect(new URL(page.url()).searchParams.get('asOf')).toBe(D1);
      await expect.poll(() => view.getByTestId('as-of-name').textContent()).toBe('市场监管信用监管平台');
      await expect.poll(() => view.getByTestId('stage-tag').getAttribute('data-stage')).not.toBe('draft');
      await shot(page, 'audit-as-of-later');
    });
  });
});

describe('the rectification ladder on a project (Art.33, R-RECTIFY)', () => {
  it('the data bureau orders a rectification after an evaluation found a target not met', async () => {
    await at(`${CALL_YEAR}-12-10T09:00:00`);
    const ev = await c.databureau.post(`/api/v1/projects/${id}/evaluations`, {
      year: CALL_YEAR,
      targets: [{ indicator: TARGET, result: 'not_met', note: '平均办理时限3个工作日' }],
      score: 45,
      summary: '绩效目标未实现',
    });
    expect(ev.status, JSON.stringify(ev.body)).toBe(201);
    await as('databureau', async (page) => {
      await openOversight(page);
      await page.getByTestId('action-order_rectification').click();
      const form = page.getByTestId('order_rectification-form');
      await form.waitFor();
      await page.locator('#rectificationReason').fill('“一件事”办理时限未达到绩效目标，限期整改');
      expect(await chineseTextWidth(page)).toBeGreaterThan(80);
      await modalShot(page, 'rectification-order');
      await page.getByTestId('order_rectification-ok').click();
      await form.waitFor({ state: 'detached' });
      const panel = page.getByTestId('oversight-panel');
      // One month after 12-10 is 01-10 of the next year, a Sunday: moved to Monday 01-11.
      const round = panel.locator('tr', { hasText: '限期整改' });
      await round.getByText(`${PLAN_YEAR}-01-11`).waitFor();
      await round.getByText('尚未提交整改报告').waitFor();
      await shot(page, 'rectification-ordered');
    });
  });

  it('the owner answers with its report', async () => {
    await as('market', async (page) => {
      await openOversight(page);
      await page.getByTestId('action-answer_rectification').click();
      const form = page.getByTestId('answer_rectification-form');
      await form.waitFor();
      await page.locator('#rectificationReport').fill('已优化审批流程，办理时限压缩至1个工作日');
      await page.getByTestId('answer_rectification-ok').click();
      await form.waitFor({ state: 'detached' });
      await page.getByTestId('oversight-panel').getByText('已优化审批流程', { exact: false }).waitFor();
      expect(await page.getByTestId('action-answer_rectification').count()).toBe(0);
    });
  });

  it('the data bureau judges it still failing: 通报批评, recorded with who decided, and a second round', async () => {
    await as('databureau', async (page) => {
      await openOversight(page);
      await page.getByTestId('action-judge_rectification').click();
      const form = page.getByTestId('judge_rectification-form');
      await form.waitFor();
      await form.getByText('整改后仍不符合要求', { exact: true }).click();
      await page.locator('#rectificationNote').fill('抽查仍有超时办件，未达到绩效目标');
      await page.getByTestId('judge_rectification-ok').click();
      await form.waitFor({ state: 'detached' });
      const panel = page.getByTestId('oversight-panel');
      await panel.locator('.ant-alert').getByText('当前处理：通报批评').waitFor();
      const steps = panel.getByTestId('sanction-steps');
      await steps.getByText('通报批评', { exact: true }).waitFor();
      await steps.getByText('宿城区数据局', { exact: false }).waitFor();
      // The ladder's record: the first round judged, the second open with its own deadline.
      const rows = panel.locator('.ant-table-tbody tr', { hasText: '绩效目标' });
      await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
      await panel.locator('.ant-tag', { hasText: '整改后仍不符合要求' }).first().waitFor();
      await shot(page, 'rectification-ladder');
    });
  });
});

describe('the cockpit lists the projects under sanction (Art.33)', () => {
  it('each project with its current step; a level opens its projects', async () => {
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/cockpit`);
      const card = page.getByTestId('cockpit-sanctions');
      await card.scrollIntoViewIfNeeded();
      const row = card.locator('tr', { hasText: NAME });
      await row.locator('.ant-tag', { hasText: '通报批评' }).waitFor();
      await card.getByTestId('sanction-level-criticism').getByText('通报批评 1').waitFor();
      await card.getByTestId('sanction-level-terminated').getByText('项目终止 0').waitFor();
      await shot(page, 'cockpit-sanctions');
      await card.getByTestId('sanction-level-criticism').click();
      const drill = page.getByTestId('cockpit-drill-table');
      await drill.getByText(NAME).waitFor();
      await shot(page, 'cockpit-sanctions-drill');
      await page.locator('.ant-drawer-close').click();
      await drill.waitFor({ state: 'detached' });
      await row.getByRole('link').click();
      await page.waitForURL(new RegExp(`/projects/${id}$`));
    });
  });
});

describe('the message centre (issue 10, deadlines that remind)', () => {
  it('the second round’s deadline reminds the owner; 全部已读 clears the bell', async () => {
    const open = (
      (await c.databureau.get(`/api/v1/projects/${id}/oversight`)).body.orders as {
        round: number;
        deadline: string;
      }[]
    ).at(-1)!;
    expect(open.round).toBe(2);
    // On the deadline day the report is due soon (reminded 5 working days ahead, and on the day itself).
    await at(`${open.deadline}T09:00:00`);
    const swept = await runObligationsJob(ts.app.services);
    expect(swept.notices).toBeGreaterThan(0);
    await as('market', async (page) => {
      await page.goto(`${ts.url}/messages`);
      const table = page.getByTestId('messages-table');
      const reminder = table.locator('tr', { hasText: '提醒：第2轮整改报告即将到期' });
      await reminder.waitFor();
      await reminder.locator('.ant-tag', { hasText: '提醒' }).waitFor();
      await reminder.getByText('第三十三条', { exact: false }).waitFor();
      const badge = page.getByTestId('notification-count').locator('.ant-badge-count');
      await badge.waitFor();
      expect(Number(await badge.getAttribute('title'))).toBeGreaterThan(0);
      await shot(page, 'messages-reminder');
      await page.getByTestId('messages-read-all').click();
      await page.getByText(/已将 \d+ 条消息标为已读/).waitFor();
      // The bell follows at once (not at its next poll), and 未读 is empty.
      await badge.waitFor({ state: 'detached' });
      await table.locator('tr', { hasText: '提醒：第2轮整改报告即将到期' }).waitFor({ state: 'detached' });
      expect(await page.getByTestId('messages-read-all').isDisabled()).toBe(true);
      // Read, not settled: under 全部 the reminder stays, marked 已读 (the report is still owed).
      await page.getByTestId('messages-filter').getByText('全部', { exact: true }).click();
      const read = table.locator('tr', { hasText: '提醒：第2轮整改报告即将到期' });
      await read.locator('.ant-tag', { hasText: '已读' }).waitFor();
      await shot(page, 'messages-read');
    });
  });
});
