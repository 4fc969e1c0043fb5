// The demo history's annual round (demo-delivery.ts; SPEC §3 steps 1–9; Art.8–19): the call of the
// plan year, declarations, the four parties' pre-review, the budget, the plan, application, control
// price, joint review, final version with its signed scan, approval, procurement (implementer 钟吾大数据
// 集团), supervision over 50万, construction and its first month — about three months from 09-01.
import { addDays, type IsoDate } from '../../domain/calendar/index.js';
import { wan } from '../../domain/money.js';
import { orgIds } from './demo-client.js';
import { demoDeclaration } from './demo-form.js';
import { ALL, BUILDS, type Cast, OLD_SYSTEM, P, reportProgress } from './demo-history-cast.js';

const MATERIALS = ['declaration_form', 'construction_plan', 'basis_documents', 'collective_decision'];
const PARTIES = ['databureau', 'cyberspace', 'finance', 'bigdata'];
const DIMENSIONS = ['intensive', 'integration', 'sharing', 'collaboration', 'security', 'estimate'];

/** Queues the round from `from` (09-01 of the year before the plan year); returns the construction start. */
export function planRound(c: Cast, from: IsoDate): IsoDate {
  const { h, id, post, doc, each, as } = c;
  const { on, workday: wd } = h;
  const y1 = h.planYear - 1;
  let callId = '';

  // The call, before its deadline of 10-15 (Art.8), and the register as it stood (Art.2).
  on(wd(from), '09:00', async () => {
    for (const [code, oid] of await orgIds(h.db, ['zhongwu-bigdata', 'sup-chengxin', 'park-sc-econ']))
      c.org.set(code, oid);
    callId = (
      await as('databureau')('POST', '/calls', {
        planYear: h.planYear,
        title: `关于开展${h.planYear}年度区级信息化项目建设计划申报工作的通知`,
      })
    ).id;
    c.sys.old = (
      await as('databureau')('POST', '/systems', {
        name: OLD_SYSTEM,
        ownerOrgId: c.org.get('park-sc-econ'),
        description: '2016年建成的园区企业服务门户，部署于经开区自建机房。',
        status: 'operating',
        mlpsLevel: 2,
        dataCollected: true,
      })
    ).id;
  });
  // Declarations a week later (Art.8, 9).
  on(
    wd(addDays(from, 7)),
    '10:00',
    each(ALL, async (k) => {
      const body = { callId, ...demoDeclaration(P[k], h.planYear), kind: P[k].kind };
      id[k] = (await as(P[k].who)('POST', '/projects', body)).id;
      for (const t of MATERIALS) await doc(k, t);
    }),
  );
  // Submitted, pre-reviewed by the four parties, budgeted, listed (Art.9, 10).
  const submitted = wd(addDays(from, 14));
  on(
    submitted,
    '15:00',
    each(ALL, async (k) => post(k, '/submit', { version: (await as(P[k].who)('GET', c.url(k))).version })),
  );
  on(
    wd(addDays(from, 21)),
    '10:00',
    each(ALL, async (k) => {
      for (const w of PARTIES) await post(k, '/opinions', { decision: 'pass', text: '同意。' }, w);
    }),
  );
  on(
    wd(addDays(from, 28)),
    '10:00',
    each(ALL, (k) => post(k, '/budget-review', { decision: 'approve', approvedBudgetFen: P[k].totalFen }, 'finance')),
  );
  const planned = wd(`${y1}-10-20`);
  on(planned, '16:00', async () => {
    await as('databureau')('POST', '/plans', {
      planYear: h.planYear,
      consentDocNumber: `宿区政复〔${y1}〕15号`,
      consentDate: planned,
      projectIds: ALL.map((k) => id[k]),
    });
  });
  // Application, control price, joint review, final version, approval (Art.11–14).
  const applied = wd(addDays(planned, 2));
  on(
    applied,
    '10:00',
    each(ALL, async (k) => {
      if (P[k].totalFen >= wan(200)) await doc(k, 'feasibility_study');
      await post(k, '/application');
    }),
  );
  const priced = wd(addDays(applied, 2));
  on(
    priced,
    '10:00',
    each(ALL, (k) => post(k, '/control-price', { controlPriceFen: P[k].controlFen }, 'finance')),
  );
  const reviewed = wd(addDays(priced, 3));
  const opinion = {
    decision: 'pass',
    overall: '原则同意，按意见完善后实施。',
    dimensions: DIMENSIONS.map((code) => ({ code, opinion: '该方面符合要求。' })),
  };
  on(
    reviewed,
    '14:30',
    each(ALL, async (k) => {
      for (const w of PARTIES) await post(k, '/joint-review/opinions', opinion, w);
    }),
  );
  on(
    wd(addDays(reviewed, 1)),
    '10:00',
    each(ALL, async (k) => {
      await post(k, '/revision', { note: '已按联审意见完成方案终稿修订' });
      await doc(k, 'joint_review_scan');
    }),
  );
  const approved = wd(addDays(reviewed, 4));
  on(
    approved,
    '10:00',
    each(ALL, (k) => post(k, '/approve', {}, 'databureau')),
  );
  // Contracts two weeks later; construction three days after; the advance a week after that.
  const contracted = wd(addDays(approved, 14));
  on(
    contracted,
    '10:00',
    each(ALL, async (k) => {
      await post(k, '/procurement', {
        method: 'public_tender',
        date: contracted,
        implementerOrgId: c.org.get('zhongwu-bigdata'),
        contractFen: P[k].contractFen,
        contractDocumentId: await doc(k, 'contract'),
      });
      const sup = P[k].supervisionFen;
      if (sup !== null)
        await post(k, '/supervision', {
          supervisorOrgId: c.org.get('sup-chengxin'),
          contractFen: sup,
          date: contracted,
        });
    }),
  );
  const started = wd(addDays(contracted, 3));
  on(
    started,
    '09:30',
    each(BUILDS, async (k) => {
      await post(k, '/start-construction');
      if (k === 'park') {
        // The system it builds entered the register with construction (Art.2, 7).
        const d = await as('park')('GET', c.url(k, '/delivery'));
        c.sys.park = (d.systems as { id: string; relation: string }[]).find((s) => s.relation === 'build')!.id;
      }
    }),
  );
  const advance = wd(addDays(started, 7));
  on(
    advance,
    '15:00',
    each(BUILDS, (k) =>
      post(k, '/payments', { amountFen: P[k].pay[0], paidOn: advance, note: '预付款（合同价款30%）' }),
    ),
  );
  const firstReport = wd(addDays(started, 14));
  on(
    firstReport,
    '10:00',
    each(BUILDS, (k) => reportProgress(c, k, firstReport, '需求调研与分析完成', 20)),
  );
  return started;
}
