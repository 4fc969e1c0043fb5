// The clerk-facing defects of issue 13, each checked in Chromium at 1440×900 with a screenshot:
// home pages that show skeletons (not "nothing here") while they load, from few requests, with the
// reviewer's given opinions and the declarant's open call; tables with one money format, sorting,
// sticky headers, pagination, a users table that does not clip 最近登录 and an annual list that fits;
// declarant guidance (names not ids, money messages that match the input, a refused upload's
// reason that stays, "没有符合条件的项目", the project's name in the breadcrumb, rule ids only for the
// data bureau and reviewers); and axe-core on the key pages with no serious or critical violation.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wan } from '../../src/domain/money.js';
import { SHOTS, launchBrowser, shot, signIn } from '../helpers/browser.js';
import { PLAN_YEAR } from '../helpers/clock.js';
import { declareReady, fresh, listedProject, orgIdOf } from '../helpers/projects.js';
import { startTestServer, TEST_PASSWORD, type Client, type TestServer } from '../helpers/server.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

let ts: TestServer;
let browser: Browser;
const c: Record<string, Client> = {};
let listedId = '';
let awaitingId = '';
let draftId = '';
const LISTED = '市场监管智慧监管平台';
const AWAITING = '企业登记档案数字化项目';
const DRAFT = '跨部门教育数据共享平台';

beforeAll(async () => {
  ts = await startTestServer();
  browser = await launchBrowser();
  for (const u of ['databureau', 'cyberspace', 'finance', 'bigdata', 'market']) c[u] = await ts.as(u);
  const callId = (
    await c.databureau.post('/api/v1/calls', {
      planYear: PLAN_YEAR,
      title: `关于申报${PLAN_YEAR}年度区级信息化项目的通知`,
    })
  ).body.id;
  // 1000万: the amount that wrapped ("1000.00万元") and had no separators.
  listedId = (await listedProject(c, 'market', callId, PLAN_YEAR, LISTED, wan(1000))).id;
  // A declaration awaiting the four parties' pre-review: a to-do for the data bureau and the reviewers.
  awaitingId = (await declareReady(c.market, callId, AWAITING)).id;
  const sub = await c.market.post(`/api/v1/projects/${awaitingId}/submit`, {
    version: (await fresh(c.market, awaitingId)).version,
  });
  expect(sub.status).toBe(200);
  // A draft led by the education bureau (Art.9): 牵头单位 must read 宿城区教育局.
  const edu = await orgIdOf(c.databureau, 'sc-education');
  const draft = await c.market.post('/api/v1/projects', { callId, name: DRAFT, leadOrgId: edu });
  expect(draft.status).toBe(201);
  draftId = draft.body.id;
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await ts?.close();
});

/** A signed-in page at 1440×900 (CSP bypassed only so that axe-core can be injected). */
async function as(
  user: string,
  label: string,
  fn: (page: Page) => Promise<void>,
  prepare?: (page: Page) => Promise<void>,
) {
  const ctx = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    bypassCSP: true,
  });
  const page = await ctx.newPage();
  try {
    await prepare?.(page);
    await signIn(page, ts.url, user, TEST_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await fn(page);
  } catch (err) {
    await page
      .screenshot({ path: path.join(SHOTS, `failure-ux-${label}-${user}.png`), fullPage: true })
      .catch(() => {});
    throw err;
  } finally {
    await ctx.close();
  }
}

/** Holds the answers to matching API calls until `release()` is called. */
function holdApi(page: Page, pattern: RegExp) {
  let release!: () => void;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  void page.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  return { release: () => release() };
}

async function axeViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), undefined, {
      timeout: 15_000,
    })
    .catch(() => undefined);
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 12).map((n) => n.target.join(' ')),
    }));
  });
  return (result as { id: string; impact: string; help: string; targets: string[] }[]).filter((v) =>
    ['serious', 'critical'].includes(v.impact),
  );
}

describe('home pages (issue 13 §1)', () => {
  it('the data bureau sees skeletons while the data load — never "no projects" — from a few requests', async () => {
    const requests: string[] = [];
    let hold: { release: () => void } | undefined;
    await as(
      'databureau',
      'home',
      async (page) => {
        await page.getByTestId('section-pipeline').waitFor();
        // The to-dos and the dashboard are held back: the sections must say "loading", not "nothing".
        expect(await page.getByTestId('section-pipeline').getAttribute('data-loading')).toBe('true');
        expect(await page.getByTestId('section-todo').getAttribute('data-loading')).toBe('true');
        const body = (await page.textContent('body')) ?? '';
        expect(body).not.toContain('全区还没有信息化项目');
        expect(body).not.toContain('暂无待办');
        await page.screenshot({ path: path.join(SHOTS, 'ux-home-loading.png'), fullPage: true });
        hold?.release();
        await page.locator('[data-testid=section-pipeline][data-loading=false]').waitFor();
        await page.locator('[data-testid=section-todo][data-loading=false]').waitFor();
        expect(await page.getByTestId('section-pipeline').textContent()).toContain('已列入年度项目清单');
        expect(await page.getByTestId('section-todo').textContent()).toContain(AWAITING);
        expect(await page.getByTestId('section-todo-summary').textContent()).toMatch(/共 \d+ 项待办/);
        await shot(page, 'ux-home-databureau');

        // A full load of the home page, counted: one /todo (shared with the bell), one /dashboard.
        await page.unrouteAll();
        requests.length = 0;
        page.on('request', (r) => {
          if (r.url().includes('/api/v1/')) requests.push(new URL(r.url()).pathname + new URL(r.url()).search);
        });
        await page.reload();
        await page.locator('[data-testid=section-pipeline][data-loading=false]').waitFor();
        await page.waitForLoadState('networkidle');
        console.log(`home (data bureau) API requests after the change: ${requests.length}: ${requests.join(' ')}`);
        expect(requests.filter((r) => r.startsWith('/api/v1/projects?stage=')).length).toBe(0);
        expect(requests.filter((r) => r.startsWith('/api/v1/todo')).length).toBe(1);
        // Before: /home, /todo, one /projects?stage=… per stage (28), /statistics/revisions, plus the shell's.
        expect(requests.length).toBeLessThanOrEqual(10);
      },
      async (page) => {
        hold = holdApi(page, /\/api\/v1\/(todo|dashboard)/);
      },
    );
  });

  it('a reviewer sees what awaits its opinion and what it has given; the bell counts the same to-dos', async () => {
    await as('finance', 'home', async (page) => {
      await page.locator('[data-testid=section-done][data-loading=false]').waitFor();
      expect(await page.getByTestId('section-done').textContent()).toContain(LISTED);
      expect(await page.getByTestId('section-done').textContent()).toContain('预审第1轮');
      await page.locator('[data-testid=section-awaiting][data-loading=false]').waitFor();
      expect(await page.getByTestId('section-awaiting').textContent()).toContain(AWAITING);
      await page.getByTestId('notification-bell').click();
      await page.getByTestId('bell-todo').waitFor();
      const todos = (await page.getByTestId('section-awaiting-summary').textContent()) ?? '';
      const n = /共 (\d+) 项/.exec(todos)?.[1];
      expect(await page.getByTestId('bell-todo').textContent()).toContain(`待办 ${n} 项`);
      await shot(page, 'ux-home-finance');
    });
  });

  it('a declarant sees the open call with its countdown and 新建申报', async () => {
    await as('market', 'home', async (page) => {
      await page.getByTestId('home-open-call').waitFor();
      expect(await page.getByTestId('home-call-countdown').getAttribute('data-passed')).toBe('false');
      await shot(page, 'ux-home-market');
      await page.getByTestId('home-new-declaration').click();
      await page.waitForURL(/\/projects\?create=1/);
      await page.locator('.ant-modal #name').waitFor();
    });
  });
});

describe('tables (issue 13 §3)', () => {
  it('amounts in 万元 with separators, 元 on hover, never wrapping; columns sort; headers stick; pages', async () => {
    await as('databureau', 'tables', async (page) => {
      await page.goto(`${ts.url}/projects`);
      const money = page.getByTestId('projects-table').locator('.govit-money', { hasText: '1,000.00万元' });
      await money.waitFor();
      expect(await money.getAttribute('title')).toBe('10,000,000.00元');
      expect(await money.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('nowrap');
      expect((await money.boundingBox())!.height).toBeLessThan(30);
      expect(await page.locator('[data-testid=projects-table] .ant-table-sticky-holder').count()).toBe(1);
      expect(await page.locator('.ant-table-wrapper:has([data-testid=projects-table]) .ant-pagination').count()).toBe(
        1,
      );
      // Sort by 总投资 (ascending): the 1000万 project goes last.
      await page.getByTestId('projects-table').locator('th', { hasText: '总投资' }).first().click();
      const names = await page.getByTestId('projects-table').locator('tbody tr td:nth-child(2) a').allTextContents();
      expect(names.at(-1)).toBe(LISTED);
      await shot(page, 'ux-projects-sorted');
      await page.goto(`${ts.url}/calls`);
      await page.locator('.ant-table-wrapper:has([data-testid=calls-table]) .ant-pagination').waitFor();
    });
  });

  it('the users table shows 最近登录 clear of the fixed 操作 column and user names unbroken at 1440 px', async () => {
    await as('sysadmin', 'users', async (page) => {
      await page.goto(`${ts.url}/admin/users`);
      const row = page.getByTestId('users-table').locator('tbody tr.ant-table-row').first();
      await row.waitFor();
      const last = (await row.getByTestId('last-login').locator('xpath=ancestor::td').boundingBox())!;
      const actions = (await row
        .locator('td.ant-table-cell-fix-right, td.ant-table-cell-fix-end')
        .first()
        .boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(actions.x + 1);
      for (const name of await row.locator('.govit-keep-word').all()) {
        expect(await name.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('nowrap');
        expect((await name.boundingBox())!.height).toBeLessThan(30);
      }
      await shot(page, 'ux-users-table');
    });
  });

  it('the annual list fits 1440 px, with a column picker for the rest', async () => {
    await as('databureau', 'annual', async (page) => {
      await page.goto(`${ts.url}/annual-list?year=${PLAN_YEAR}`);
      await page.getByTestId('annual-totals').waitFor();
      const fits = await page
        .getByTestId('annual-list-table')
        .locator('.ant-table-content, .ant-table-body')
        .first()
        .evaluate((e) => e.scrollWidth <= e.clientWidth + 1);
      expect(fits).toBe(true);
      expect(await page.getByTestId('annual-totals').textContent()).toContain('1,000.00万元');
      await shot(page, 'ux-annual-list');
      await page.getByTestId('column-picker-button-annual-list').click();
      await page.getByTestId('column-picker-annual-list').getByText('建设周期').click();
      await page.getByTestId('annual-list-table').locator('th', { hasText: '建设周期' }).first().waitFor();
      await shot(page, 'ux-annual-list-columns');
    });
  });
});

describe('declarant guidance (issue 13 §4)', () => {
  it('牵头单位 reads the unit name, never an id or code; money messages match the input; the breadcrumb names the project', async () => {
    let hold: { release: () => void } | undefined;
    await as(
      'market',
      'form',
      async (page) => {
        await page.goto(`${ts.url}/projects/${draftId}`);
        const lead = page.getByTestId('lead-org');
        await lead.waitFor();
        expect((await lead.textContent()) ?? '').not.toMatch(UUID);
        hold?.release();
        await lead.filter({ hasText: '宿城区教育局' }).waitFor();
        expect(await lead.textContent()).not.toContain('sc-education');
        expect(await page.getByTestId('crumb-page').textContent()).toBe(DRAFT);

        const total = page.locator('#totalYuan');
        const explain = page.locator('.ant-form-item', { has: total }).locator('.ant-form-item-explain-error');
        await total.fill('100000000000000000');
        await explain.filter({ hasText: '金额过大' }).waitFor();
        await total.fill('-5');
        await explain.filter({ hasText: '不能为负数' }).waitFor();
        await total.fill('12.345');
        await explain.filter({ hasText: '两位小数' }).waitFor();
        await shot(page, 'ux-money-message');
        await total.fill('3000000');

        // Rule ids are for the data bureau and reviewers: here a hint with a tooltip.
        const findings = page.getByTestId('findings-panel');
        await findings.locator('[data-testid=finding]').first().waitFor();
        expect(await findings.locator('code', { hasText: /^R-/ }).count()).toBe(0);
        expect(await findings.locator('[data-hidden-rule=true]').count()).toBeGreaterThan(0);
      },
      async (page) => {
        hold = holdApi(page, /\/api\/v1\/organizations(\?|$)/);
      },
    );
  });

  it('a refused upload keeps its reason next to the document; a search with no match says so', async () => {
    await as('market', 'upload', async (page) => {
      await page.goto(`${ts.url}/projects/${draftId}`);
      await page.getByRole('tab', { name: '申报材料' }).click();
      const input = page.getByTestId('upload-declaration_form').locator('input[type=file]');
      await input.setInputFiles({
        name: '申报表.exe',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('MZ'),
      });
      const reason = page.getByTestId('upload-refused-declaration_form');
      await reason.waitFor();
      await page.waitForTimeout(4000);
      expect(await reason.isVisible()).toBe(true);
      expect(await reason.textContent()).toContain('申报表.exe');
      await shot(page, 'ux-upload-refused');

      await page.goto(`${ts.url}/projects`);
      await page
        .getByPlaceholder(/搜索|名称|编号/)
        .first()
        .fill('不存在的项目名称');
      await page
        .getByPlaceholder(/搜索|名称|编号/)
        .first()
        .press('Enter');
      await page.getByTestId('projects-table').getByText('没有符合条件的项目').waitFor();
      await shot(page, 'ux-search-no-match');
    });
  });

  it('the data bureau sees rule ids as code', async () => {
    await as('databureau', 'rules', async (page) => {
      await page.goto(`${ts.url}/projects/${awaitingId}`);
      await page.getByRole('tab', { name: '规则检查' }).click();
      await page.getByTestId('findings-panel').locator('code', { hasText: /^R-/ }).first().waitFor();
      expect(await page.getByTestId('crumb-page').textContent()).toBe(AWAITING);
    });
  });
});

describe('accessibility (issue 13 §5): axe-core, no serious or critical violation', () => {
  it('the login page', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(`${ts.url}/login`);
    await page.locator('#username').waitFor();
    const v = await axeViolations(page);
    await ctx.close();
    expect(v).toEqual([]);
  });

  const PAGES: [string, string][] = [
    ['databureau', '/'],
    ['market', '/'],
    ['finance', '/'],
    ['zhongwu', '/'],
    ['sysadmin', '/'],
    ['databureau', '/projects'],
    ['market', '/projects/:draft'],
    ['databureau', '/projects/:listed'],
  ];
  it.each(PAGES)('%s %s', async (user, route) => {
    await as(user, 'axe', async (page) => {
      await page.goto(`${ts.url}${route.replace(':draft', draftId).replace(':listed', listedId)}`);
      await page
        .getByTestId(route === '/' ? 'home-page' : route === '/projects' ? 'projects-table' : 'project-header')
        .waitFor();
      const v = await axeViolations(page);
      if (v.length) console.log(`axe ${user} ${route}:`, JSON.stringify(v, null, 2));
      expect(v).toEqual([]);
    });
  });
});
