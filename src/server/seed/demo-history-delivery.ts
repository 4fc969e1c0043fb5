// The demo history after construction starts (demo-delivery.ts; SPEC §3 steps 10–15; Art.16–33): the
// yearly self-evaluations, the trial runs counted back from today, and for the oldest of them the
// acceptance in order, the report with every attachment, the money, the handover with its warranty,
// operation with an O&M project on its system, the system's sharing, and the old system's exit.
import { addDays, addMonths, daysBetween, type IsoDate } from '../../domain/calendar/index.js';
import { wan } from '../../domain/money.js';
import { BUILDS, type Cast, type Key, P, reportProgress } from './demo-history-cast.js';

const REPORT_DOCS = [
  'acceptance_report',
  'construction_summary',
  'financial_report',
  'audit_report',
  'mlps_test_report',
  'data_security_assessment',
  'crypto_assessment',
  'secure_reliable_report',
];

/** Every year-end inside the history: the implementer drafts, both opinions, filed by 12-31 (Art.33). */
export function planSelfEvaluations(c: Cast): void {
  const { h, as, post } = c;
  for (let year = h.planYear - 1; ; year++) {
    const filed = h.workday(`${year}-12-15`);
    if (filed >= h.today) return;
    const drafted: Key[] = [];
    h.on(h.workday(`${year}-12-08`), '10:00', async () => {
      for (const k of BUILDS) {
        const p = await as('zhongwu')('GET', c.url(k));
        if (!(p.actions as string[]).includes('draft_self_evaluation')) continue;
        const building = p.stage === 'construction';
        await post(
          k,
          '/self-evaluations',
          {
            year,
            progress: `${year}年按计划推进，${building ? '主要功能开发中' : '系统已上线试运行'}。`,
            investment: '已按合同支付进度款，资金使用符合年度投资计划。',
            // A system in trial reports its trial's effects too (Art.33).
            trialEffects: building ? '' : '试运行平稳，用户反馈的问题已按期整改。',
          },
          'zhongwu',
        );
        drafted.push(k);
      }
    });
    h.on(h.workday(`${year}-12-10`), '15:00', async () => {
      for (const k of drafted) {
        await post(k, '/self-evaluations/declarant-opinion', { opinion: '情况属实，同意报送。' });
        await post(
          k,
          '/self-evaluations/supervisor-opinion',
          { opinion: '经核查，进度与投资执行属实。' },
          'supervisor',
        );
      }
    });
    h.on(filed, '10:00', async () => {
      for (const k of drafted) await post(k, '/self-evaluations/file', {}, 'zhongwu');
    });
  }
}

/** A trial run (software development: the window opens after 3 months, Art.25) with its reports and payment. */
function planTrial(c: Cast, k: Key, started: IsoDate, day: IsoDate): void {
  const { on, workday: wd } = c.h;
  const midway = wd(addDays(started, Math.floor(daysBetween(started, day) / 2)));
  on(midway, '10:00', () => reportProgress(c, k, midway, '核心功能开发完成', 60));
  on(day, '09:30', async () => {
    await reportProgress(c, k, day, '系统部署完成，上线试运行', 90);
    await c.post(k, '/trial', { startedOn: day, softwareDevelopment: true });
  });
  const paid = wd(addDays(day, 7));
  on(paid, '15:00', async () => {
    await c.post(k, '/payments', { amountFen: P[k].pay[1], paidOn: paid, note: '上线试运行进度款（合同价款40%）' });
  });
}

/** The material, then the data bureau's approval (Art.26). */
function planMaterial(c: Cast, k: Key, submitted: IsoDate, approved: IsoDate): void {
  c.h.on(submitted, '10:00', async () => {
    await c.doc(k, 'acceptance_material');
    await c.post(k, '/acceptance', { note: '竣工验收资料已齐备，提请审核' });
  });
  c.h.on(approved, '16:00', async () => {
    await c.post(
      k,
      '/acceptance/review',
      { decision: 'approve', opinion: '资料齐全，同意组织竣工验收。' },
      'databureau',
    );
  });
}

/** The three trial runs, counted back from today; the park's goes all the way to operation and beyond. */
export function planDeliveries(c: Cast, started: IsoDate): void {
  const { h, post, doc, as, sys } = c;
  const { on, workday: wd, late, today } = h;

  // The park: on trial 7 months ago; accepted inside its window (Art.25); the report within a month,
  // with every attachment (Art.27); the money (Art.26); the handover with 3 years' warranty (Art.28, 29).
  const trial = wd(addMonths(today, -7));
  planTrial(c, 'park', started, trial);
  const earliest = h.earliestAcceptance(trial);
  planMaterial(c, 'park', wd(addDays(earliest, -14)), wd(addDays(earliest, -10)));
  const held = wd(addDays(earliest, 4));
  on(held, '14:00', async () => {
    await post('park', '/acceptance/held', {
      acceptanceDate: held,
      experts: '刘建国（组长）、周敏、陈立新、王海涛、赵婷',
      conclusion: 'pass',
      minutesDocumentId: await doc('park', 'acceptance_minutes'),
    });
  });
  const reported = wd(addDays(held, 10));
  on(reported, '10:00', async () => {
    for (const t of REPORT_DOCS) await doc('park', t);
    await post('park', '/acceptance/report', { reportIssuedOn: reported, archiveAcceptancePassed: true });
  });
  const disbursed = wd(addDays(reported, 7));
  on(disbursed, '10:00', async () => {
    await post(
      'park',
      '/disbursements',
      { amountFen: P.park.pay[2], paidOn: disbursed, note: '验收后拨付' },
      'finance',
    );
  });
  const settled = wd(addDays(disbursed, 2));
  on(settled, '15:00', async () => {
    await post('park', '/payments', { amountFen: P.park.pay[2], paidOn: settled, note: '验收合格后支付尾款' });
  });
  const handed = wd(addDays(settled, 3));
  on(handed, '10:00', async () => {
    const assets = [
      { name: '企业服务一体化平台软件', type: '软件', quantity: 1, valueFen: wan(260), location: '市政务云' },
      { name: '数据交换前置机', type: '硬件', quantity: 2, valueFen: wan(40), location: '经开区管委会机房' },
    ];
    await post('park', '/handover', { assets, warrantyEndOn: h.warrantyEnd(held) }, 'zhongwu');
  });
  const operating = wd(addDays(handed, 2));
  on(operating, '10:00', async () => {
    await post('park', '/handover/confirm', { note: '资产已登记入账' });
  });
  // Its O&M project serves the system from the next day, for a year (Art.24, 33).
  const serviceFrom = wd(addDays(operating, 1));
  on(serviceFrom, '09:00', async () => {
    const serviceEndOn = addDays(addMonths(serviceFrom, 12), -1);
    await post('om', '/start-service', { serviceStartOn: serviceFrom, serviceEndOn, systemId: sys.park });
  });
  // The data bureau records the new system's sharing (Art.7); the old system starts its exit (Art.30).
  const shared = wd(addDays(operating, 14));
  on(shared, '10:00', async () => {
    const ev = await h.api.upload('databureau', `/systems/${sys.park}/documents`, 'sharing_evidence', '共享证明.pdf');
    await as('databureau')('POST', `/systems/${sys.park}/sharing`, {
      fulfilled: true,
      note: '园区企业基础信息已按目录接入市一体化公共数据平台，每日更新',
      documentId: ev.id,
    });
  });
  const exiting = late(addDays(operating, 21));
  on(exiting, '10:00', async () => {
    await as('park')('POST', `/systems/${sys.old}/exit`, {
      reason: '功能已由经开区企业服务一体化平台替代，旧平台停止使用',
    });
  });
  const steps: [string, IsoDate, string][] = [
    ['data_handover', late(addDays(exiting, 10)), '历史企业服务数据已迁移至新平台并完成核对'],
    ['shutdown', late(addDays(exiting, 24)), '旧平台已停止对外服务，访问跳转至新平台'],
  ];
  for (const [step, day, note] of steps)
    on(day, '15:00', async () => {
      const ev = await h.api.upload('park', `/systems/${sys.old}/documents`, 'exit_material', `${step}.pdf`);
      await as('park')('POST', `/systems/${sys.old}/exit/steps`, { step, note, documentId: ev.id });
    });

  // The street: on trial 100 days ago, its window open now, material approved, acceptance not yet held.
  planTrial(c, 'street', started, wd(addDays(today, -100)));
  planMaterial(c, 'street', late(addDays(today, -21)), late(addDays(today, -14)));
  // Education: on trial 40 days ago; its window opens in about two months.
  planTrial(c, 'edu', started, wd(addDays(today, -40)));
}
