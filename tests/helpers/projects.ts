// Fixtures for the annual-plan journey: a complete, valid declaration and tiny real files.
import type { Client, Res } from './server.js';
import { PLAN_YEAR } from './clock.js';

export const yuan = (n: number) => Math.round(n * 100);
export const wan = (n: number) => n * 1_000_000;

export const PLAN_CHAPTERS = [
  'background_basis',
  'necessity_feasibility',
  'estimate_funding',
  'goals',
  'content',
  'schedule',
  'resource_catalogue',
  'security_system',
  'hw_sw_config',
  'compute_needs',
  'features',
  'innovation_scenario',
  'data_sharing_analysis',
  'network_security_analysis',
];

/** A declaration every rule accepts: 300万, business system, on 政务云, with data and a scenario. */
export function validProject(name: string, totalFen = wan(300), planYear = PLAN_YEAR) {
  const dev = Math.round(totalFen * 0.6);
  return {
    name,
    category: 'business_system',
    kind: 'build',
    classified: false,
    totalFen,
    form: {
      fundingSources: [{ source: 'fiscal', amountFen: totalFen }],
      budgetBreakdown: {
        development: dev,
        implementation: totalFen - dev - 3 * Math.round(totalFen * 0.05),
        maintenance: Math.round(totalFen * 0.05),
        training: Math.round(totalFen * 0.05),
        supervision: Math.round(totalFen * 0.05),
        other: 0,
      },
      yearlyBudgets: [{ year: planYear, amountFen: totalFen }],
      dataResources: [{ name: '市场主体登记信息', costFen: yuan(50_000), catalogueRef: 'SC-DR-0001' }],
      sharingList: [
        { item: '市场主体登记信息', direction: 'provide', interface: '市一体化公共数据平台 API', frequency: '每日' },
      ],
      deployment: { mode: 'gov_cloud' },
      commonPlatforms: ['unified_identity', 'collaborative_office'],
      scenario: { area: 'digital_government', description: '企业开办“一件事”全流程网上办理' },
      mlpsLevel: 3,
      cryptoPlan: '采用商用密码实现身份鉴别、传输和存储加密，同步规划、同步建设、同步运行',
      secureReliableStatement: '服务器、数据库、中间件均采购安全可靠产品',
      planChapters: PLAN_CHAPTERS,
      performanceTargets: [{ indicator: '一件事办理时限', target: '不超过1个工作日' }],
      contactName: '张三',
      contactPhone: '0527-12345678',
    },
  };
}

export function tinyPdf(text = 'GovIT test'): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

export async function upload(
  c: Client,
  projectId: string,
  docType: string,
  fileName: string,
  bytes: Uint8Array<ArrayBuffer>,
  type = 'application/pdf',
): Promise<Res> {
  const fd = new FormData();
  fd.append('docType', docType);
  fd.append('file', new Blob([bytes], { type }), fileName);
  const res = await fetch(`${c.base}/api/v1/projects/${projectId}/documents`, {
    method: 'POST',
    body: fd,
    headers: c.cookie ? { cookie: c.cookie } : {},
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: res.headers };
}

export const MATERIALS = ['declaration_form', 'construction_plan', 'basis_documents', 'collective_decision'];

/** Creates a project of `c`'s unit for the call, with every required material attached. */
export async function declareReady(c: Client, callId: string, name: string, totalFen?: number) {
  const created = await c.post('/api/v1/projects', { callId, ...validProject(name, totalFen) });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  for (const t of MATERIALS) {
    const up = await upload(c, created.body.id, t, `${t}.pdf`, tinyPdf(t));
    if (up.status !== 201) throw new Error(`upload ${t} failed: ${up.status} ${JSON.stringify(up.body)}`);
  }
  return created.body as { id: string; version: number; code: string };
}

export async function fresh(c: Client, id: string) {
  return (await c.get(`/api/v1/projects/${id}`)).body;
}

const PARTIES = ['databureau', 'cyberspace', 'finance', 'bigdata'];

/**
 * Takes a declaration of `declarant`'s unit through the annual round to the annual list:
 * submit → four passes → budget approved in full → plan issued. Clients by username in `c`.
 */
export async function listedProject(
  c: Record<string, Client>,
  declarant: string,
  callId: string,
  planYear: number,
  name: string,
  totalFen?: number,
) {
  const p = await declareReady(c[declarant], callId, name, totalFen);
  const sub = await c[declarant].post(`/api/v1/projects/${p.id}/submit`, {
    version: (await fresh(c[declarant], p.id)).version,
  });
  if (sub.status !== 200) throw new Error(`submit: ${JSON.stringify(sub.body)}`);
  for (const who of PARTIES) await c[who].post(`/api/v1/projects/${p.id}/opinions`, { decision: 'pass', text: '同意' });
  const total = (await fresh(c[declarant], p.id)).totalFen;
  await c.finance.post(`/api/v1/projects/${p.id}/budget-review`, { decision: 'approve', approvedBudgetFen: total });
  const plan = await c.databureau.post('/api/v1/plans', {
    planYear,
    consentDocNumber: `宿区政复〔${planYear - 1}〕${Math.floor(Math.random() * 900) + 100}号`,
    consentDate: `${planYear - 1}-12-20`,
    projectIds: [p.id],
  });
  if (plan.status !== 201) throw new Error(`plan: ${JSON.stringify(plan.body)}`);
  return p;
}

export const DIMENSIONS = ['intensive', 'integration', 'sharing', 'collaboration', 'security', 'estimate'];
export const jointOpinion = (decision: string, text = '符合要求') => ({
  decision,
  overall: `总体意见：${text}`,
  dimensions: DIMENSIONS.map((code) => ({ code, opinion: text })),
});

/** An organisation's id by its code (the data bureau can list them all). */
export async function orgIdOf(bureau: Client, code: string): Promise<string> {
  const res = await bureau.get(`/api/v1/organizations?q=${code}`);
  const o = (res.body.items as { id: string; code: string }[]).find((x) => x.code === code);
  if (!o) throw new Error(`no organisation ${code}`);
  return o.id;
}

async function ok(res: Promise<Res>, what: string, status = [200, 201]): Promise<Res> {
  const r = await res;
  if (!status.includes(r.status)) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
}

/**
 * Takes a listed project of `declarant` through application, joint review, final version, approval,
 * procurement (implementer 钟吾大数据集团), supervision (over 50万, Art.19) to construction — or, for an
 * O&M / service project (kind ≠ build), to the start of its service period.
 */
export async function contractedProject(
  c: Record<string, Client>,
  declarant: string,
  callId: string,
  name: string,
  totalFen: number,
  opts: { kind?: 'build' | 'operate' | 'service'; service?: { startOn: string; endOn: string } } = {},
) {
  const d = c[declarant];
  const created = await d.post('/api/v1/projects', { callId, ...validProject(name, totalFen) });
  if (created.status !== 201) throw new Error(`create: ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  if (opts.kind && opts.kind !== 'build') {
    const cur = await fresh(d, id);
    await ok(d.patch(`/api/v1/projects/${id}`, { kind: opts.kind, version: cur.version }), 'kind');
  }
  for (const t of MATERIALS) await ok(upload(d, id, t, `${t}.pdf`, tinyPdf(t)), `upload ${t}`);
  await ok(d.post(`/api/v1/projects/${id}/submit`, { version: (await fresh(d, id)).version }), 'submit');
  for (const who of PARTIES)
    await ok(c[who].post(`/api/v1/projects/${id}/opinions`, { decision: 'pass', text: '同意' }), 'opinion');
  await ok(
    c.finance.post(`/api/v1/projects/${id}/budget-review`, { decision: 'approve', approvedBudgetFen: totalFen }),
    'budget',
  );
  const planYear = (await fresh(d, id)).planYear as number;
  await ok(
    c.databureau.post('/api/v1/plans', {
      planYear,
      consentDocNumber: `宿区政复〔${planYear - 1}〕${Math.floor(Math.random() * 900) + 100}号`,
      consentDate: `${planYear - 1}-09-01`,
      projectIds: [id],
    }),
    'plan',
  );
  await ok(d.post(`/api/v1/projects/${id}/application`, {}), 'application');
  for (const who of PARTIES)
    await ok(c[who].post(`/api/v1/projects/${id}/joint-review/opinions`, jointOpinion('pass')), 'joint');
  await ok(d.post(`/api/v1/projects/${id}/revision`, {}), 'revision');
  await ok(upload(d, id, 'joint_review_scan', 'scan.pdf', tinyPdf('scan')), 'scan');
  await ok(c.databureau.post(`/api/v1/projects/${id}/approve`, {}), 'approve');
  const contract = await ok(upload(d, id, 'contract', '合同.pdf', tinyPdf('contract')), 'contract');
  await ok(
    d.post(`/api/v1/projects/${id}/procurement`, {
      method: 'public_tender',
      date: `${planYear - 1}-09-01`,
      implementerOrgId: await orgIdOf(c.databureau, 'zhongwu-bigdata'),
      contractFen: totalFen - 100,
      contractDocumentId: contract.body.id,
    }),
    'procurement',
  );
  if (totalFen > wan(50))
    await ok(
      d.post(`/api/v1/projects/${id}/supervision`, {
        supervisorOrgId: await orgIdOf(c.databureau, 'sup-chengxin'),
        contractFen: Math.round(totalFen * 0.02),
        date: `${planYear - 1}-09-01`,
      }),
      'supervision',
    );
  if (!opts.kind || opts.kind === 'build')
    await ok(d.post(`/api/v1/projects/${id}/start-construction`, {}), 'construction');
  else
    await ok(
      d.post(`/api/v1/projects/${id}/start-service`, {
        serviceStartOn: opts.service?.startOn ?? `${planYear - 1}-09-01`,
        serviceEndOn: opts.service?.endOn ?? `${planYear - 1}-12-31`,
      }),
      'service',
    );
  return { id, code: created.body.code as string };
}
