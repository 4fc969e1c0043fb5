// Demo projects for a first start with DEMO_SEED: a call for the next plan year and projects at
// the steps people ask about — a draft, a pre-review in progress, a joint review in progress (with
// 区发改局 approval), and one taken all the way to construction. Everything goes through the real
// API as the demo accounts (rules, audit trail and history included), so the demo can never hold
// data the platform itself would refuse. Sessions used here are closed at the end.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organizations, users } from '../../db/schema.js';
import { editionForNew } from '../../domain/editions/resolve.js';
import { declarationDeadline } from '../../domain/rules/index.js';
import type { App } from '../app.js';
import { createSession, revokeSession } from '../auth/session-store.js';
import { demoDeclaration, demoPdf, type DemoProjectSpec } from './demo-form.js';

type Call = (
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
) => Promise<{ id: string; stage: string; version: number; [k: string]: unknown }>;

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
  const names = ['databureau', 'cyberspace', 'finance', 'bigdata', 'ndrc', 'market', 'civil', 'health', 'town'];
  const rows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, names));
  const policy = await app.services.policy();
  const tokens = new Map<string, { token: string; id: string }>();
  for (const r of rows) {
    const s = await db.transaction((tx) =>
      createSession(tx, {
        userId: r.id,
        stage: 'full',
        method: 'demo_seed',
        ip: '127.0.0.1',
        userAgent: 'GovIT demo seed',
        policy,
        now,
      }),
    );
    tokens.set(r.username, s);
  }
  const as =
    (who: string): Call =>
    async (method, url, body) => {
      const res = await app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { authorization: `Bearer ${tokens.get(who)!.token}` },
        payload: body as object | undefined,
      });
      if (res.statusCode >= 300) throw new Error(`demo seed: ${who} ${method} ${url} → ${res.statusCode} ${res.body}`);
      return res.json();
    };
  const uploadAs = async (who: string, projectId: string, docType: string, fileName: string) => {
    const boundary = `----govit${Math.random().toString(16).slice(2)}`;
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="docType"\r\n\r\n${docType}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`;
    const payload = Buffer.concat([Buffer.from(head), demoPdf(fileName), Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/projects/${projectId}/documents`,
      payload,
      headers: {
        authorization: `Bearer ${tokens.get(who)!.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    });
    if (res.statusCode !== 201) throw new Error(`demo seed: upload ${docType} → ${res.statusCode} ${res.body}`);
    return res.json() as { id: string };
  };

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
    for (const s of tokens.values()) await revokeSession(db, s.id, 'demo_seed_done', now);
  }
}
