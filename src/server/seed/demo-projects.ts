// Demo projects for a first start with DEMO_SEED: a call for the next plan year and projects at
// the steps people ask about — a draft, a pre-review in progress, a joint review in progress (with
// 区发改局 approval), and one taken all the way to construction. Everything goes through the real
// API as the demo accounts (rules, audit trail and history included), so the demo can never hold
// data the platform itself would refuse (demo-client.ts). Sessions used here are closed at the end.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organizations } from '../../db/schema.js';
import { editionForNew } from '../../domain/editions/resolve.js';
import { declarationDeadline } from '../../domain/rules/index.js';
import type { App } from '../app.js';
import { DemoClient } from './demo-client.js';
import { demoDeclaration, type DemoProjectSpec } from './demo-form.js';

const MATERIALS = ['declaration_form', 'construction_plan', 'basis_documents', 'collective_decision'];
const PARTIES = ['databureau', 'cyberspace', 'finance', 'bigdata'] as const;
const DIMENSIONS = ['intensive', 'integration', 'sharing', 'collaboration', 'security', 'estimate'];
const opinion = (party: string) => ({
  decision: 'pass',
  overall: '原则同意，按意见完善后实施。',
  dimensions: DIMENSIONS.map((code) => ({ code, opinion: `${party}：该方面符合要求。` })),
});

/** The first plan year whose default declaration deadline (Art.8) is still ahead. */
export function demoPlanYear(now: Date): number {
  let y = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now)) + 1;
  while (declarationDeadline(y, editionForNew(now)).getTime() <= now.getTime()) y += 1;
  return y;
}

export async function seedDemoProjects(app: App, db: Db, now: Date): Promise<{ planYear: number; projects: number }> {
  const api = new DemoClient(app, db, () => now);
  const as = (who: string) => api.as(who);
  const uploadAs = (who: string, projectId: string, docType: string, fileName: string) =>
    api.upload(who, `/projects/${projectId}/documents`, docType, fileName);

  try {
    const planYear = demoPlanYear(now);
    const call = await as('databureau')('POST', '/calls', {
      planYear,
      title: `关于开展${planYear}年度区级信息化项目建设计划申报工作的通知`,
    });
    const declare = async (who: string, spec: DemoProjectSpec) => {
      const p = await as(who)('POST', '/projects', { callId: call.id, ...demoDeclaration(spec, planYear) });
      for (const t of MATERIALS) await uploadAs(who, p.id, t, `${spec.name}-${t}.pdf`);
      return p;
    };
    const submit = async (who: string, id: string) =>
      as(who)('POST', `/projects/${id}/submit`, { version: (await as(who)('GET', `/projects/${id}`)).version });
    const preReview = async (id: string, parties: readonly string[]) => {
      for (const w of parties) await as(w)('POST', `/projects/${id}/opinions`, { decision: 'pass', text: '同意。' });
    };

    // A draft still being filled in (蔡集镇).
    await declare('town', {
      name: '蔡集镇基层治理“一网统管”平台',
      totalFen: 120_000_000,
      resource: '网格事件信息',
      scenario: '基层事件一网统管、闭环处置',
      target: ['事件办结率', '不低于95%'],
    });
    // Pre-review in progress: two of the four parties have spoken (区卫健委).
    const health = await declare('health', {
      name: '区域全民健康信息平台升级',
      totalFen: 180_000_000,
      resource: '居民电子健康档案',
      scenario: '检查检验结果互认共享',
      target: ['互认医疗机构覆盖率', '100%'],
    });
    await submit('health', health.id);
    await preReview(health.id, ['databureau', 'bigdata']);
    // Listed, over 400万 (R-NDRC): proposal, feasibility study, design; 区发改局 approved; joint review half way (区民政局).
    const civil = await declare('civil', {
      name: '智慧养老服务平台',
      totalFen: 520_000_000,
      resource: '养老服务对象信息',
      scenario: '居家养老服务“一键呼叫”',
      target: ['服务响应时间', '不超过30分钟'],
    });
    // Finished the whole way (区市场监管局).
    const market = await declare('market', {
      name: '智慧市场监管平台',
      totalFen: 300_000_000,
      resource: '市场主体登记信息',
      scenario: '企业开办“一件事”全流程网上办理',
      target: ['一件事办理时限', '不超过1个工作日'],
    });
    for (const [who, p] of [
      ['civil', civil],
      ['market', market],
    ] as const) {
      await submit(who, p.id);
      await preReview(p.id, PARTIES);
      const fresh = await as(who)('GET', `/projects/${p.id}`);
      await as('finance')('POST', `/projects/${p.id}/budget-review`, {
        decision: 'approve',
        approvedBudgetFen: fresh.totalFen,
      });
    }
    await as('databureau')('POST', '/plans', {
      planYear,
      consentDocNumber: `宿区政复〔${planYear - 1}〕8号`,
      consentDate: now.toISOString().slice(0, 10),
      projectIds: [civil.id, market.id],
    });

    for (const t of ['proposal', 'feasibility_study', 'preliminary_design'])
      await uploadAs('civil', civil.id, t, `智慧养老服务平台-${t}.pdf`);
    await as('civil')('POST', `/projects/${civil.id}/application`, {});
    await as('ndrc')('POST', `/projects/${civil.id}/ndrc-approval`, {
      docNumber: `宿区发改投〔${planYear - 1}〕21号`,
      date: now.toISOString().slice(0, 10),
    });
    await as('databureau')('POST', `/projects/${civil.id}/joint-review/opinions`, opinion('区数据局'));
    await as('bigdata')('POST', `/projects/${civil.id}/joint-review/opinions`, opinion('区大数据中心'));

    await uploadAs('market', market.id, 'feasibility_study', '智慧市场监管平台-可行性研究报告.pdf');
    await as('market')('POST', `/projects/${market.id}/application`, {});
    await as('finance')('POST', `/projects/${market.id}/control-price`, { controlPriceFen: 286_000_000 });
    for (const w of PARTIES) await as(w)('POST', `/projects/${market.id}/joint-review/opinions`, opinion(w));
    await as('market')('POST', `/projects/${market.id}/revision`, { note: '已按联审意见完成方案终稿修订' });
    await uploadAs('market', market.id, 'joint_review_scan', '联合评审表（签字盖章）.pdf');
    await as('databureau')('POST', `/projects/${market.id}/approve`, {});
    const orgId = async (code: string) =>
      (await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.code, code)))[0].id;
    const contract = await uploadAs('market', market.id, 'contract', '政府采购合同.pdf');
    await as('market')('POST', `/projects/${market.id}/procurement`, {
      method: 'public_tender',
      date: now.toISOString().slice(0, 10),
      implementerOrgId: await orgId('zhongwu-bigdata'),
      contractFen: 279_800_000,
      contractDocumentId: contract.id,
    });
    await as('market')('POST', `/projects/${market.id}/supervision`, {
      supervisorOrgId: await orgId('sup-chengxin'),
      contractFen: 5_600_000,
      date: now.toISOString().slice(0, 10),
    });
    await as('market')('POST', `/projects/${market.id}/start-construction`, {});
    return { planYear, projects: 4 };
  } finally {
    await api.close();
  }
}
