// From construction to operation in Chromium (Art.16, 24–29, 32): the implementer reports progress;
// the declarant records the trial start (the form says which acceptance window it opens), uploads the
// acceptance material and submits it; the data bureau approves; months later the declarant records
// the acceptance with its minutes and files the report, the attachment checklist ticking as each
// document is uploaded; the implementer records the handover; the declarant confirms; the systems
// register shows the system operating. The server's clock moves, never the machine's.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { asUser, launchBrowser, shot } from '../helpers/browser.js';
import { enterCalendarFixture } from '../helpers/calendar-fixture.js';
import { CALL_YEAR, PLAN_YEAR } from '../helpers/clock.js';
import { contractedProject, fresh, tinyPdf, wan } from '../helpers/projects.js';
import { startTestServer, TEST_PASSWORD, type Client, type TestServer } from '../helpers/server.js';
import { buildImportTemplate, IMPORT_COLUMNS, IMPORT_SHEET } from '../../src/server/systems/import-columns.js';

let ts: TestServer;
let browser: Browser;
let id = '';
const c: Record<string, Client> = {};
const USERS = ['databureau', 'cyberspace', 'finance', 'bigdata', 'market', 'zhongwu', 'supervisor'];
const NAME = '市场监管一网通管平台';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  // The clock crosses more than 90 days: passwords would expire — not the subject here.
  ts = await startTestServer({ PASSWORD_EXPIRY_DAYS: '0' });
  browser = await launchBrowser();
  for (const u of USERS) c[u] = await ts.as(u);
  // The acceptance report's deadline runs into 2027: a test fixture stands in for the official calendar.
  await enterCalendarFixture(c.databureau);
  const callId = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` }))
    .body.id;
  id = (await contractedProject(c, 'market', callId, NAME, wan(300))).id;
});
afterAll(async () => {
  await browser?.close();
  await ts?.close();
});

const as = (user: string, fn: (page: Page) => Promise<void>) =>
  asUser(browser, ts.url, user, TEST_PASSWORD, 'delivery', fn);

const openProject = async (page: Page) => {
  await page.goto(`${ts.url}/projects/${id}`);
  await page.getByTestId('project-header').waitFor();
};
const stageIs = (page: Page, stage: string) =>
  page
    .getByTestId('stage-tag')
    .and(page.locator(`[data-stage=${stage}]`))
    .waitFor();
const pickDate = async (page: Page, selector: string, day: string) => {
  await page.locator(selector).fill(day);
  await page.locator(selector).press('Enter');
};
/** A screenshot of an open form whole: the page is made tall enough for the modal, then set back. */
const modalShot = async (page: Page, name: string) => {
  await page.setViewportSize({ width: 1440, height: 1700 });
  await shot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
};
/** Uploads a small PDF through the upload button of `docType` inside `scope`. */
const uploadIn = async (page: Page, scope: string, docType: string) =>
  page
    .getByTestId(scope)
    .getByTestId(`upload-${docType}`)
    .locator('input[type=file]')
    .setInputFiles({ name: `${docType}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(tinyPdf(docType)) });

describe('delivery in the browser: progress, trial, acceptance, report, handover, the register', () => {
  it('the implementer reports progress (Art.16)', async () => {
    await as('zhongwu', async (page) => {
      await openProject(page);
      await page.getByTestId('action-record_progress').click();
      await page.getByTestId('record_progress-form').waitFor();
      await page.locator('#progressMilestone').fill('需求分析与总体设计完成');
      await page.locator('#progressPercent').fill('40');
      await page.locator('#progressNote').fill('已完成需求调研和总体设计评审');
      await page.getByTestId('record_progress-ok').click();
      await page.getByTestId('record_progress-form').waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '验收运行' }).click();
      await page.getByTestId('progress-card').getByText('需求分析与总体设计完成').first().waitFor();
    });
  });

  it('the declarant pays against the contract, then records the trial start and the window it opens (Art.16, 25)', async () => {
    await as('market', async (page) => {
      await openProject(page);
      // A payment in 元, sent as fen; beyond the contract it would need a change (Art.17).
      await page.getByTestId('action-record_payment').click();
      await page.getByTestId('record_payment-form').waitFor();
      await page.locator('#paymentYuan').fill('900000');
      await pickDate(page, '#paymentDate', `${CALL_YEAR}-09-01`);
      await page.locator('#paymentNote').fill('合同首付款（30%）');
      await page.getByTestId('record_payment-ok').click();
      await page.getByTestId('record_payment-form').waitFor({ state: 'detached' });
      await page.getByTestId('action-record_trial_start').click();
      await page.getByTestId('record_trial_start-form').waitFor();
      // From the edition: 3 months for software development, at most 6.
      await page
        .locator('.ant-modal')
        .getByText('软件开发项目的竣工验收应在上线试运行3个月后进行', { exact: false })
        .waitFor();
      await pickDate(page, '#trialStartedOn', `${CALL_YEAR}-09-01`);
      await page.getByTestId('trial-window').getByText(`最早 ${CALL_YEAR}-12-01`, { exact: false }).waitFor();
      await page.getByTestId('trial-window').getByText(`最迟 ${PLAN_YEAR}-03-01`, { exact: false }).waitFor();
      await modalShot(page, 'trial-start');
      await page.getByTestId('record_trial_start-ok').click();
      await stageIs(page, 'trial');
      await page.getByTestId('header-window').getByText(`${CALL_YEAR}-12-01`, { exact: false }).waitFor();
    });
  });

  it('uploads the acceptance material and submits it; the data bureau approves (Art.26)', async () => {
    await as('market', async (page) => {
      await openProject(page);
      await page.getByTestId('action-submit_acceptance').click();
      await page.getByTestId('submit_acceptance-form').waitFor();
      const files = page.getByTestId('files-acceptance_material');
      await files.getByTestId('files-none').waitFor();
      await uploadIn(page, 'files-acceptance_material', 'acceptance_material');
      await files.getByText('acceptance_material.pdf').waitFor();
      await page.getByTestId('submit_acceptance-ok').click();
      await stageIs(page, 'acceptance_review');
    });
    await as('databureau', async (page) => {
      await openProject(page);
      await page.getByTestId('action-review_acceptance').click();
      await page.getByTestId('review_acceptance-form').waitFor();
      await page.getByTestId('files-acceptance_material').getByText('acceptance_material.pdf').waitFor();
      await page.locator('#reviewOpinion').fill('竣工验收资料齐全，同意组织竣工验收。');
      await page.getByTestId('review_acceptance-ok').click();
      await stageIs(page, 'acceptance_ready');
    });
  });

  it('in the window, the declarant records the acceptance with its minutes (Art.24–26)', async () => {
    ts.clock.set(`${CALL_YEAR}-12-10T09:00:00+08:00`);
    for (const u of USERS) c[u] = await ts.as(u);
    await as('market', async (page) => {
      await openProject(page);
      await page.getByTestId('action-hold_acceptance').click();
      const form = page.getByTestId('hold_acceptance-form');
      await form.waitFor();
      await page.getByTestId('acceptance-window').locator('[data-position=open]').waitFor();
      await pickDate(page, '#acceptanceDate', `${CALL_YEAR}-12-08`);
      await page.locator('#acceptanceExperts').fill('张三（市大数据中心）、李四（宿迁学院）、王五（市信息中心）');
      await uploadIn(page, 'hold_acceptance-form', 'acceptance_minutes');
      await form.locator('.ant-select').filter({ hasText: 'acceptance_minutes.pdf' }).waitFor();
      await page.getByTestId('hold_acceptance-ok').click();
      await stageIs(page, 'accepted');
    });
  });

  it('files the report: the checklist ticks as each attachment is uploaded (Art.27)', async () => {
    const attachments = [
      'construction_summary',
      'financial_report',
      'audit_report',
      'mlps_test_report',
      'data_security_assessment',
      'crypto_assessment',
      'secure_reliable_report',
      'acceptance_report',
    ];
    await as('market', async (page) => {
      await openProject(page);
      await page.getByTestId('action-submit_acceptance_report').click();
      const list = page.getByTestId('report-checklist');
      await list.getByTestId('attachment-construction_summary').and(page.locator('[data-uploaded=false]')).waitFor();
      // The report is due one month after the acceptance (2027-01-08 is a working day of the fixture).
      await page.getByTestId('report-due').getByText(`${PLAN_YEAR}-01-08`).waitFor();
      for (const [i, code] of attachments.entries()) {
        await uploadIn(page, 'report-checklist', code);
        await list.getByTestId(`attachment-${code}`).and(page.locator('[data-uploaded=true]')).waitFor();
        if (i === 3) await modalShot(page, 'acceptance-report-checklist-partial');
      }
      await modalShot(page, 'acceptance-report-checklist');
      await pickDate(page, '#reportIssuedOn', `${CALL_YEAR}-12-09`);
      await page.getByTestId('submit_acceptance_report-ok').click();
      await stageIs(page, 'handover');
    });
    const d = (await c.market.get(`/api/v1/projects/${id}/delivery`)).body;
    expect(d.reportAttachments.every((a: { uploaded: boolean }) => a.uploaded)).toBe(true);
    expect(d.acceptances.at(-1).report).toMatchObject({ archiveAcceptancePassed: true, overdue: false });
    // With the review opinion and the report in, finance disburses (Art.26).
    await as('finance', async (page) => {
      await openProject(page);
      await page.getByTestId('action-record_disbursement').click();
      await page.getByTestId('record_disbursement-form').waitFor();
      await page.locator('#paymentYuan').fill('1000000');
      await pickDate(page, '#paymentDate', `${CALL_YEAR}-12-10`);
      await page.getByTestId('record_disbursement-ok').click();
      await page.getByTestId('record_disbursement-form').waitFor({ state: 'detached' });
    });
    const after = (await c.market.get(`/api/v1/projects/${id}/delivery`)).body;
    expect(after.payments.totalFen).toBe(wan(90));
    expect(after.disbursements.totalFen).toBe(wan(100));
  });

  it('the implementer records the assets and the warranty — at least three years (Art.28, 29)', async () => {
    await as('zhongwu', async (page) => {
      await openProject(page);
      await page.getByTestId('action-record_handover').click();
      await page.getByTestId('record_handover-form').waitFor();
      // The minimum is the acceptance day three years on; the form offers it.
      await page
        .getByTestId('warranty-min')
        .and(page.locator(`[data-min="${CALL_YEAR + 3}-12-08"]`))
        .waitFor();
      await page.locator('#asset_0_name').fill('应用服务器');
      await page.locator('#asset_0_type').fill('硬件');
      await page.locator('#asset_0_quantity').fill('2');
      await page.locator('#asset_0_value').fill('200000');
      await page.locator('#asset_0_location').fill('宿城区政务云机房');
      await page.getByTestId('asset-add').click();
      await page.locator('#asset_1_name').fill('市场监管一网通管平台软件');
      await page.locator('#asset_1_type').fill('软件');
      await page.locator('#asset_1_value').fill('2500000');
      await page.locator('#asset_1_location').fill('宿城区政务云');
      await page.getByTestId('asset-total').getByText('270.00万元', { exact: false }).waitFor();
      await modalShot(page, 'handover');
      await page.getByTestId('record_handover-ok').click();
      await page.getByTestId('record_handover-form').waitFor({ state: 'detached' });
    });
  });

  it('the declarant confirms; the project is in operation and its tab shows every record', async () => {
    await as('market', async (page) => {
      await openProject(page);
      await page.getByTestId('action-confirm_handover').click();
      await page.getByTestId('confirm_handover-form').getByTestId('asset-list').getByText('应用服务器').waitFor();
      await page
        .getByTestId('warranty-end')
        .getByText(`${CALL_YEAR + 3}-12-08`)
        .waitFor();
      await page.getByTestId('confirm_handover-ok').click();
      await stageIs(page, 'operation');
      await page.getByRole('tab', { name: '验收运行' }).click();
      const panel = page.getByTestId('delivery-panel');
      await panel.getByTestId('trials-card').waitFor();
      await panel.getByTestId('acceptance-conclusion').getByText('验收通过').waitFor();
      await panel
        .getByTestId('delivery-systems-card')
        .getByTestId('system-status')
        .and(page.locator('[data-status=operating]'))
        .waitFor();
      await shot(page, 'delivery-tab');
    });
    expect((await fresh(c.market, id)).stage).toBe('operation');
  });

  it('the timeline tab shows the whole life: steps, deadlines met, money, filtered by kind', async () => {
    await as('market', async (page) => {
      await openProject(page);
      await page.getByRole('tab', { name: '全过程时间轴' }).click();
      const panel = page.getByTestId('timeline-panel');
      await panel.getByText('竣工验收报告').first().waitFor();
      await panel.getByText('按期办结').first().waitFor();
      await panel.getByText('合同金额').first().waitFor();
      await panel.locator('.ant-segmented').getByText('期限', { exact: true }).click();
      expect(await panel.getByTestId('timeline-event').count()).toBe(0);
      expect(await panel.getByTestId('timeline-deadline').count()).toBeGreaterThan(1);
      await shot(page, 'delivery-timeline');
    });
  });

  it('the systems register shows the system operating; the data bureau records its sharing (Art.7, 32)', async () => {
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/`);
      await page.getByRole('menuitem', { name: '信息系统台账' }).click();
      await page.waitForURL((u) => u.pathname === '/systems');
      const row = page.getByTestId('systems-table').locator('tr', { hasText: NAME });
      await row.getByTestId('system-status').and(page.locator('[data-status=operating]')).waitFor();
      await shot(page, 'systems-list');
      await row.getByTestId('system-link').click();
      await page.getByTestId('system-page').waitFor();
      await page
        .getByTestId('system-header')
        .getByTestId('system-status')
        .and(page.locator('[data-status=operating]'))
        .waitFor();
      await page.getByTestId('system-projects').getByText(NAME).waitFor();
      await page.getByTestId('system-action-record_sharing').click();
      await page.getByTestId('sharing-form').waitFor();
      await page.getByTestId('sharing-form').getByLabel('已落实').check();
      await page.locator('#sharingNote').fill('市场主体登记信息已通过市一体化公共数据平台共享，每日更新。');
      await page.getByTestId('sharing-ok').click();
      await page.getByTestId('sharing-form').waitFor({ state: 'detached' });
      await page.getByTestId('sharing-fulfilled').getByText('已落实').waitFor();
      await shot(page, 'system-detail');
    });
  });

  it('the owner unit files the yearly O&M report and a security test (Art.20, 33)', async () => {
    // The first O&M period (the rest of 2026) has ended.
    ts.clock.set(`${PLAN_YEAR}-01-05T09:00:00+08:00`);
    await as('market', async (page) => {
      await page.goto(`${ts.url}/systems`);
      await page.getByTestId('systems-table').getByText(NAME).click();
      await page.getByTestId('system-page').waitFor();
      await page.getByTestId('system-action-file_om_report').click();
      await page.getByTestId('om-report-form').waitFor();
      for (const [code, text] of [
        ['operation', '系统全年运行平稳，可用率99.9%'],
        ['security', '完成等保测评整改，无安全事件'],
        ['usage', '注册用户1200人，月活跃800人'],
        ['funding', '运维经费按合同支付'],
        ['results', '企业开办平均时长缩短至1个工作日'],
      ])
        await page.locator(`#om_${code}`).fill(text);
      await page.getByTestId('om-report-ok').click();
      await page.getByTestId('om-report-form').waitFor({ state: 'detached' });
      await page.getByTestId('system-om').getByTestId('om-state').getByText('按期').waitFor();
      await page.getByTestId('system-action-record_security').click();
      await page.getByTestId('security-form').waitFor();
      await pickDate(page, '#securityDate', `${PLAN_YEAR}-01-04`);
      await page.locator('#securityReference').fill('DJCP-2027-0001');
      await pickDate(page, '#securityNextDue', `${PLAN_YEAR + 1}-01-04`);
      await page.getByTestId('security-ok').click();
      await page.getByTestId('security-form').waitFor({ state: 'detached' });
      await page.getByTestId('system-security').getByText('DJCP-2027-0001').waitFor();
      await shot(page, 'system-om-report');
    });
  });

  it('the data bureau imports existing systems from .xlsx: created rows and errors by row and column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await buildImportTemplate([])).buffer);
    const sheet = wb.getWorksheet(IMPORT_SHEET)!;
    const col = (header: string) => IMPORT_COLUMNS.findIndex((x) => x.header === header) + 1;
    const row = (r: number, cells: Record<string, string>) => {
      for (const [header, v] of Object.entries(cells)) sheet.getCell(r, col(header)).value = v;
    };
    row(2, { 系统名称: '市场监管移动执法系统', '责任单位（代码或名称）': '宿城区市场监督管理局', 等保级别: '三级' });
    row(3, { 系统名称: '无主系统', '责任单位（代码或名称）': '不存在的单位' });
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    await as('databureau', async (page) => {
      await page.goto(`${ts.url}/systems`);
      await page.getByTestId('systems-import').click();
      await page
        .getByTestId('import-upload')
        .locator('input[type=file]')
        .setInputFiles({ name: '系统台账.xlsx', mimeType: XLSX, buffer: xlsx });
      await page.getByTestId('import-created').getByText('市场监管移动执法系统').waitFor();
      const errors = page.getByTestId('import-errors');
      await errors.locator('tr', { hasText: '责任单位（代码或名称）' }).getByText('3', { exact: true }).waitFor();
      await modalShot(page, 'systems-import');
      await page.getByTestId('import-close').click();
      await page.getByTestId('systems-table').getByText('市场监管移动执法系统').waitFor();
    });
  });
});
