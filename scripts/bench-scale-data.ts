// The province-scale data set of `npm run bench:scale` (issue 12): 100,000 projects in the real schema,
// written by set-based SQL (INSERT … SELECT generate_series), never through the API. 60 declaring units,
// six plan years, every stage in plausible proportions by the age of its plan year, and the rows each
// stage implies: application rounds, contracts, trials, acceptances, opinions (~600k), history events
// (~280k), document rows (no files), payments, reports, self-evaluations and systems. Deterministic:
// every choice is a hash of the row number, so two runs hold the same data.
import { performance } from 'node:perf_hooks';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';

/** Pseudo-random integer in [0, n) from the row number and a salt. */
const pick = (g: string, salt: number, n: number) => `(abs(hashint4(${g} + ${salt})) % ${n})`;

/** The stage of a project by the age of its plan year (0 = the year being declared) and a percentile r. */
const STAGE_BY_AGE: [number, [string, number][]][] = [
  [
    0,
    [
      ['draft', 12],
      ['sector_review', 16],
      ['submitted', 30],
      ['pre_review', 48],
      ['returned', 53],
      ['pre_review_failed', 56],
      ['pre_review_passed', 66],
      ['budget_refused', 69],
      ['budgeted', 80],
      ['listed', 100],
    ],
  ],
  [
    1,
    [
      ['listed', 10],
      ['joint_review', 18],
      ['joint_review_failed', 20],
      ['revision', 25],
      ['form_pending', 30],
      ['approved', 40],
      ['contracted', 50],
      ['construction', 78],
      ['in_service', 86],
      ['trial', 93],
      ['redeclaring', 94],
      ['pre_review_failed', 97],
      ['budget_refused', 100],
    ],
  ],
  [
    2,
    [
      ['construction', 15],
      ['in_service', 22],
      ['trial', 36],
      ['acceptance_review', 44],
      ['acceptance_ready', 51],
      ['accepted', 59],
      ['handover', 66],
      ['operation', 86],
      ['completed', 93],
      ['pre_review_failed', 96],
      ['budget_refused', 100],
    ],
  ],
  [
    3,
    [
      ['trial', 2],
      ['accepted', 4],
      ['handover', 6],
      ['operation', 55],
      ['completed', 72],
      ['closed', 90],
      ['pre_review_failed', 95],
      ['budget_refused', 100],
    ],
  ],
];

const stageCase = () => {
  const byAge = STAGE_BY_AGE.map(
    ([age, bands]) =>
      `WHEN ${age === 3 ? 'age >= 3' : `age = ${age}`} THEN CASE ${bands.map(([s, upto]) => `WHEN r < ${upto} THEN '${s}'`).join(' ')} END`,
  );
  return `CASE ${byAge.join(' ')} END`;
};

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
const PLAN_ONLY = ['draft', 'sector_review', 'submitted', 'pre_review', 'returned', 'pre_review_failed'];
const BEFORE_BUDGET = [...PLAN_ONLY, 'pre_review_passed', 'budget_refused'];
const BEFORE_LIST = [...BEFORE_BUDGET, 'budgeted'];
const APPLIED = [
  'joint_review',
  'joint_review_failed',
  'revision',
  'form_pending',
  'approved',
  'redeclaring',
  'contracted',
  'construction',
  'in_service',
  'trial',
  'acceptance_review',
  'acceptance_ready',
  'accepted',
  'handover',
  'operation',
  'completed',
  'closed',
];
const CONTRACTED = APPLIED.slice(APPLIED.indexOf('contracted'));
const TRIALLED = ['trial', 'acceptance_review', 'acceptance_ready', 'accepted', 'handover', 'operation', 'closed'];
const ACCEPTING = ['acceptance_review', 'acceptance_ready', 'accepted', 'handover', 'operation', 'completed', 'closed'];
const ACCEPTED = ['accepted', 'handover', 'operation', 'completed', 'closed'];
const FINISHED = ['operation', 'completed', 'closed'];

const TOPICS = [
  '智慧养老服务平台',
  '居家养老信息管理系统',
  '全民健康信息平台',
  '智慧教育云平台',
  '城市运行管理服务平台',
  '基层治理一网统管平台',
  '政务服务一网通办系统',
  '智慧市场监管平台',
  '数字城管系统',
  '智慧水务监测平台',
  '应急指挥调度系统',
  '社会救助信息系统',
  '智慧社区服务平台',
  '公共资源交易系统',
  '电子证照共享平台',
  '视频监控联网平台',
  '12345热线智能化系统',
  '不动产登记信息系统',
  '智慧农业监测平台',
  '河湖长制管理系统',
  '安全生产监管平台',
  '网格化社会治理系统',
  '智慧园区管理平台',
  '校园安全防控系统',
  '医共体信息化平台',
  '档案数字化管理系统',
  '数据共享交换平台',
  '政务外网改造工程',
  '机房及网络设备更新',
  '协同办公系统',
];
const SUFFIXES = ['', '（一期）', '（二期）', '升级改造', '运维服务', '扩容'];
const TOWNS = [
  '耿车镇',
  '埠子镇',
  '罗圩乡',
  '屠园镇',
  '王官集镇',
  '洋北镇',
  '陈集镇',
  '中扬镇',
  '双庄街道',
  '三棵树街道',
  '幸福街道',
  '河滨街道',
  '黄河街道',
  '水木街道',
  '南蔡乡',
  '洋河滩街道',
];
const DEPTS = [
  '区人力资源和社会保障局',
  '区住房和城乡建设局',
  '区交通运输局',
  '区水利局',
  '区农业农村局',
  '区商务局',
  '区文化广电和旅游局',
  '区应急管理局',
  '区城市管理局',
  '区司法局',
  '区退役军人事务局',
  '区医疗保障局',
  '区统计局',
  '区档案馆',
  '区融媒体中心',
  '区妇幼保健院',
  '区中医院',
  '区第一中学',
  '区第二实验小学',
  '区图书馆',
  '区疾病预防控制中心',
  '区行政审批局',
  '区自然资源局',
  '区生态环境局',
  '区科学技术局',
  '区信访局',
  '区机关事务管理局',
  '区公安分局',
  '区消防救援大队',
  '区供销合作社',
  '区总工会',
];

export interface GenerateOptions {
  projects: number;
  /** The plan year being declared (the demo call's); the data set covers it and the five before. */
  planYear: number;
  log: (line: string) => void;
}

/** Fills the database (already migrated and seeded with the demo district) with the scale data set. */
export async function generateScaleData(db: Db, o: GenerateOptions): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  let rows = 0;
  const step = async (name: string, q: SQL) => {
    const s = performance.now();
    const res = (await db.execute(q)) as unknown as { rowCount?: number; affectedRows?: number };
    const n = Number(res.rowCount ?? res.affectedRows ?? 0);
    rows += n;
    o.log(
      `  ${name.padEnd(28)} ${String(n).padStart(8)} rows ${((performance.now() - s) / 1000).toFixed(1).padStart(6)} s`,
    );
  };
  const Y = o.planYear;
  const raw = (s: string) => sql.raw(s);

  // Units: the demo district's 13 declaring units + 47 more; 10 implementers and 5 supervisors.
  const extraUnits = 60 - 13;
  const unitNames = [...TOWNS.map((t) => `宿城区${t}人民政府`), ...DEPTS.map((d) => d.replace('区', '宿城区'))];
  await step(
    'organizations',
    raw(`INSERT INTO organizations (code, name, roles, kind, created_at, updated_at)
      SELECT 'bench-unit-' || g, (ARRAY[${unitNames
        .slice(0, extraUnits)
        .map((n) => `'${n}'`)
        .join(
          ',',
        )}])[g], ARRAY['declarant'], CASE WHEN g <= ${TOWNS.length} THEN 'town' ELSE 'district_dept' END, now(), now()
      FROM generate_series(1, ${extraUnits}) g
      UNION ALL
      SELECT 'bench-impl-' || g, '宿迁第' || g || '信息技术有限公司', ARRAY['implementer'], 'company', now(), now() FROM generate_series(1, 9) g
      UNION ALL
      SELECT 'bench-sup-' || g, '江苏第' || g || '工程监理有限公司', ARRAY['supervisor'], 'company', now(), now() FROM generate_series(1, 4) g`),
  );
  const db0 = `(SELECT id FROM users WHERE username = 'databureau')`;
  await step(
    'annual_calls',
    raw(`INSERT INTO annual_calls (plan_year, title, deadline_at, edition_id, status, created_by, created_at, updated_at)
      SELECT y, '关于开展' || y || '年度区级信息化项目建设计划申报工作的通知', make_timestamptz(y - 1, 10, 15, 15, 59, 59, 'UTC'),
        (SELECT edition_id FROM annual_calls WHERE plan_year = ${Y}), 'closed', ${db0}, make_timestamptz(LEAST(y - 2, 2025), 9, 1, 0, 0, 0, 'UTC'), now()
      FROM generate_series(${Y - 5}, ${Y - 1}) y`),
  );
  await step(
    'plan_issues',
    raw(`INSERT INTO plan_issues (plan_year, consent_doc_number, consent_date, issued_by, issued_at)
      SELECT y, '宿区政复〔' || (y - 1) || '〕' || (y % 50) || '号', LEAST(y - 1, 2026) || '-12-20', ${db0},
        LEAST(make_timestamptz(y - 1, 12, 20, 2, 0, 0, 'UTC'), now() - interval '1 day')
      FROM generate_series(${Y - 5}, ${Y - 1}) y`),
  );

  const topics = `ARRAY[${TOPICS.map((t) => `'${t}'`).join(',')}]`;
  const suffixes = `ARRAY[${SUFFIXES.map((t) => `'${t}'`).join(',')}]`;
  await step(
    'projects',
    raw(`WITH units AS (SELECT array_agg(id ORDER BY code) AS ids FROM organizations WHERE 'declarant' = ANY(roles)),
      impl AS (SELECT array_agg(id ORDER BY code) AS ids FROM organizations WHERE 'implementer' = ANY(roles)),
      sup AS (SELECT array_agg(id ORDER BY code) AS ids FROM organizations WHERE 'supervisor' = ANY(roles)),
      tpl AS (SELECT form, edition_id, created_by FROM projects ORDER BY stage = 'construction' DESC, created_at LIMIT 1),
      plan AS (SELECT DISTINCT ON (plan_year) plan_year, id FROM plan_issues ORDER BY plan_year, issued_at),
      base AS (
        SELECT g, g % 6 AS age, ${Y} - g % 6 AS year, ${pick('g', 11, 100)} AS r, abs(hashint4(g + 23)) AS h, abs(hashint4(g + 37)) AS h2
        FROM generate_series(1, ${o.projects}) g),
      staged AS (SELECT base.*, ${stageCase()} AS stage FROM base),
      timed AS (
        SELECT staged.*, GREATEST(timestamptz '2023-01-05', LEAST(now() - interval '3 days' - (h % 1000) * interval '10 minutes',
          timestamptz '2023-01-01' + ((year - 2023) * 365 - 300 + h % 200) * interval '1 day')) AS created
        FROM staged)
      INSERT INTO projects (code, call_id, plan_year, name, declaring_org_id, lead_org_id, co_org_ids, category, kind, classified,
        total_fen, form, stage, round, urgent, findings, submitted_at, approved_budget_fen, plan_id, edition_id, application_round,
        trial_attempt, acceptance_attempt, implementer_org_id, supervisor_org_id, created_by, version, created_at, updated_at)
      SELECT 'SC-' || year || '-' || lpad((g / 6 + 1)::text, 5, '0'),
        (SELECT id FROM annual_calls c WHERE c.plan_year = year),
        year,
        (${topics})[1 + h % ${TOPICS.length}] || (${suffixes})[1 + h2 % ${SUFFIXES.length}],
        units.ids[1 + h2 % 60], units.ids[1 + h2 % 60],
        CASE WHEN h % 20 = 0 THEN ARRAY[units.ids[1 + (h2 + 7) % 60]] ELSE '{}'::uuid[] END,
        (ARRAY['infrastructure','data_system','business_system','service_system','hardware'])[1 + h % 5],
        CASE WHEN stage IN ('in_service', 'completed') THEN (ARRAY['operate','service'])[1 + h % 2]
             WHEN stage IN (${list(BEFORE_LIST)}, 'listed') AND h % 7 = 0 THEN 'operate' ELSE 'build' END,
        h % 50 = 0,
        total_fen_of.t,
        jsonb_set(jsonb_set(tpl.form, '{yearlyBudgets}', jsonb_build_array(jsonb_build_object('year', year, 'amountFen', total_fen_of.t))),
          '{fundingSources}', jsonb_build_array(jsonb_build_object('source', 'fiscal', 'amountFen', total_fen_of.t))),
        stage,
        CASE WHEN stage = 'draft' THEN 0 WHEN h % 10 = 0 AND stage NOT IN ('sector_review', 'submitted') THEN 2 ELSE 1 END,
        h % 33 = 0,
        '[]'::jsonb,
        CASE WHEN stage <> 'draft' THEN LEAST(created + interval '10 days', now() - interval '2 days') END,
        CASE WHEN stage NOT IN (${list(BEFORE_BUDGET)}) THEN total_fen_of.t - (h % 10) * 100000 END,
        CASE WHEN stage NOT IN (${list(BEFORE_LIST)}) THEN COALESCE(plan.id, (SELECT id FROM plan_issues WHERE plan_year = ${Y} LIMIT 1)) END,
        tpl.edition_id,
        CASE WHEN stage IN (${list(APPLIED)}) THEN 1 ELSE 0 END,
        CASE WHEN stage IN (${list(TRIALLED)}) THEN 1 ELSE 0 END,
        CASE WHEN stage IN (${list(ACCEPTING)}) THEN 1 ELSE 0 END,
        CASE WHEN stage IN (${list(CONTRACTED)}) THEN impl.ids[1 + h % 10] END,
        CASE WHEN stage IN (${list(CONTRACTED)}) AND total_fen_of.t >= 50000000 THEN sup.ids[1 + h % 5] END,
        tpl.created_by, 1 + h % 9, created,
        created + (now() - interval '1 hour' - created) * ((h2 % 1000) / 1000.0)
      FROM timed CROSS JOIN units CROSS JOIN impl CROSS JOIN sup CROSS JOIN tpl LEFT JOIN plan ON plan.plan_year = timed.year
      CROSS JOIN LATERAL (SELECT (10000000 + (h % 1000) * (h2 % 1000) * 2000)::bigint AS t) total_fen_of`),
  );
  const bench = `p.code LIKE 'SC-%-_____'`;
  const day = (expr: string) => `to_char((${expr}) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;
  await step(
    'project_applications',
    raw(`INSERT INTO project_applications (project_id, round, path, route, ndrc_required, ndrc_approval, control_price_fen, recovery_fen,
        revision_due_at, revision_submitted_at, form_digest, form_code, approved_at, submitted_at, submitted_by, superseded_at)
      SELECT p.id, 1, 'standard',
        jsonb_build_object('route', 'standard', 'flags', jsonb_build_object('inPlan', true, 'urgentMandate', false, 'newCivilWorks', false, 'energyIntensive', false)),
        p.total_fen >= 400000000,
        CASE WHEN p.total_fen >= 400000000 THEN jsonb_build_object('docNumber', '宿区发改投〔' || p.plan_year || '〕1号', 'date', ${day('p.created_at')}, 'userId', p.created_by, 'at', p.created_at) END,
        CASE WHEN p.stage NOT IN ('joint_review', 'joint_review_failed') THEN p.total_fen * 95 / 100 END,
        CASE WHEN p.stage NOT IN ('joint_review', 'joint_review_failed') THEN p.total_fen * 5 / 100 END,
        CASE WHEN p.stage <> 'joint_review' AND p.stage <> 'joint_review_failed' THEN LEAST(p.updated_at, p.created_at + interval '90 days') END,
        CASE WHEN p.stage NOT IN ('joint_review', 'joint_review_failed', 'revision') THEN LEAST(p.updated_at, p.created_at + interval '88 days') END,
        CASE WHEN p.stage IN (${list(CONTRACTED)}, 'approved', 'redeclaring') THEN md5(p.id::text) END,
        CASE WHEN p.stage IN (${list(CONTRACTED)}, 'approved', 'redeclaring') THEN 'B' || upper(substr(md5(p.code), 1, 10)) END,
        CASE WHEN p.stage IN (${list(CONTRACTED)}, 'approved', 'redeclaring') THEN LEAST(p.updated_at, p.created_at + interval '95 days') END,
        LEAST(p.updated_at, p.created_at + interval '60 days'), p.created_by,
        CASE WHEN p.stage = 'redeclaring' THEN p.updated_at END
      FROM projects p WHERE ${bench} AND p.stage IN (${list(APPLIED)})`),
  );
  await step(
    'project_contracts',
    raw(`INSERT INTO project_contracts (project_id, round, procurement_method, procurement_date, implementer_org_id, contract_fen,
        supervisor_org_id, supervision_fen, supervision_date, construction_started_at, service_start_on, service_end_on, recorded_at, recorded_by)
      SELECT p.id, 1, 'public_tender', ${day("LEAST(p.updated_at, p.created_at + interval '110 days')")}, p.implementer_org_id, p.total_fen * 93 / 100,
        p.supervisor_org_id, CASE WHEN p.supervisor_org_id IS NOT NULL THEN p.total_fen * 2 / 100 END,
        CASE WHEN p.supervisor_org_id IS NOT NULL THEN ${day("LEAST(p.updated_at, p.created_at + interval '112 days')")} END,
        CASE WHEN p.stage <> 'contracted' AND p.kind = 'build' THEN LEAST(p.updated_at, p.created_at + interval '120 days') END,
        CASE WHEN p.kind <> 'build' AND p.stage <> 'contracted' THEN ${day("LEAST(p.updated_at, p.created_at + interval '120 days')")} END,
        CASE WHEN p.kind <> 'build' AND p.stage <> 'contracted' THEN ${day("p.created_at + interval '485 days'")} END,
        LEAST(p.updated_at, p.created_at + interval '110 days'), p.created_by
      FROM projects p WHERE ${bench} AND p.stage IN (${list(CONTRACTED)})`),
  );
  await step(
    'project_decentralisations',
    raw(`INSERT INTO project_decentralisations (project_id, basis, reason, consultation, government, requested_at, requested_by, updated_at)
      SELECT p.id, 'upper_level', '上级部门统一开发部署', jsonb_build_object('docNumber', '宿区信会〔' || p.plan_year || '〕3号', 'date', ${day('p.created_at')}),
        CASE WHEN p.stage <> 'listed' THEN jsonb_build_object('docNumber', '宿区政复〔' || p.plan_year || '〕9号', 'date', ${day('p.created_at')}) END,
        p.created_at + interval '70 days', p.created_by, p.updated_at
      FROM projects p WHERE ${bench} AND p.stage NOT IN (${list(BEFORE_LIST)}) AND abs(hashint4(p.plan_year + p.total_fen::int)) % 40 = 0`),
  );
  await step(
    'project_trials',
    raw(`INSERT INTO project_trials (project_id, attempt, started_on, software_development, earliest_on, latest_on, recorded_by, recorded_at)
      SELECT p.id, 1, ${day('t.at')}, true, ${day("t.at + interval '3 months'")}, ${day("t.at + interval '6 months'")}, p.created_by, t.at
      FROM projects p CROSS JOIN LATERAL (SELECT LEAST(p.updated_at, p.created_at + interval '250 days') AS at) t
      WHERE ${bench} AND p.trial_attempt = 1`),
  );
  await step(
    'project_acceptances',
    raw(`INSERT INTO project_acceptances (project_id, attempt, material_submitted_at, material_submitted_by, service_end_on, review_decision,
        review_opinion, reviewed_at, acceptance_date, experts, conclusion, report_due_date, report_submitted_at, report_issued_on, report_overdue,
        archive_acceptance_passed, assets, warranty_end_on, handover_recorded_at, handover_confirmed_at, handover_confirmed_by)
      SELECT p.id, 1, a.at, p.created_by, CASE WHEN p.kind <> 'build' THEN ${day('a.at')} END,
        CASE WHEN p.stage <> 'acceptance_review' THEN 'approve' END, CASE WHEN p.stage <> 'acceptance_review' THEN '资料齐全，同意组织验收' END,
        CASE WHEN p.stage <> 'acceptance_review' THEN a.at + interval '5 days' END,
        CASE WHEN p.stage IN (${list(ACCEPTED)}) THEN ${day("a.at + interval '20 days'")} END,
        CASE WHEN p.stage IN (${list(ACCEPTED)}) THEN '张工、李工、王工' END,
        CASE WHEN p.stage IN (${list(ACCEPTED)}) THEN 'pass' END,
        CASE WHEN p.stage IN (${list(ACCEPTED)}) THEN ${day("a.at + interval '50 days'")} END,
        CASE WHEN p.stage IN (${list(FINISHED)}, 'handover') THEN a.at + interval '45 days' END,
        CASE WHEN p.stage IN (${list(FINISHED)}, 'handover') THEN ${day("a.at + interval '45 days'")} END,
        false,
        CASE WHEN p.stage IN (${list(FINISHED)}, 'handover') THEN true END,
        CASE WHEN p.stage IN (${list(FINISHED)}) THEN '[{"name":"服务器","type":"hardware","quantity":4,"valueFen":40000000,"location":"政务云"}]'::jsonb END,
        CASE WHEN p.stage IN (${list(FINISHED)}) THEN ${day("a.at + interval '2 years'")} END,
        CASE WHEN p.stage IN (${list(FINISHED)}) THEN a.at + interval '60 days' END,
        CASE WHEN p.stage IN (${list(FINISHED)}) THEN a.at + interval '61 days' END,
        CASE WHEN p.stage IN (${list(FINISHED)}) THEN p.created_by END
      FROM projects p CROSS JOIN LATERAL (SELECT LEAST(p.updated_at - interval '1 day', p.created_at + interval '400 days') AS at) a
      WHERE ${bench} AND p.acceptance_attempt = 1`),
  );
  // Opinions: the four parties in each pre-review round (some still to speak), then in the joint review.
  const parties = `(SELECT party, o.id AS org_id, (SELECT u.id FROM users u WHERE u.org_id = o.id ORDER BY u.username LIMIT 1) AS user_id, n
      FROM unnest(ARRAY['data_bureau','cyberspace','finance','bigdata_center']) WITH ORDINALITY AS x(party, n)
      JOIN organizations o ON x.party = ANY(o.roles))`;
  await step(
    'review_opinions (pre)',
    raw(`INSERT INTO review_opinions (project_id, review, round, party, org_id, user_id, decision, text, created_at)
      SELECT p.id, 'pre_review', rd, parties.party, parties.org_id, parties.user_id,
        CASE WHEN rd < p.round AND parties.n = 2 THEN 'return' WHEN p.stage = 'pre_review_failed' AND parties.n = 1 THEN 'fail'
             WHEN p.stage = 'returned' AND parties.n = 3 THEN 'return' ELSE 'pass' END,
        '经审核，同意。', LEAST(p.updated_at, p.submitted_at + (rd * 10 + parties.n) * interval '1 day')
      FROM projects p CROSS JOIN generate_series(1, 2) rd CROSS JOIN ${parties} parties
      WHERE ${bench} AND p.stage NOT IN ('draft', 'sector_review', 'submitted') AND rd <= p.round
        AND NOT (p.stage = 'pre_review' AND rd = p.round AND parties.n > 1 + abs(hashint4(p.total_fen::int)) % 3)`),
  );
  await step(
    'review_opinions (joint)',
    raw(`INSERT INTO review_opinions (project_id, review, round, party, org_id, user_id, decision, text, dimensions, created_at)
      SELECT p.id, 'joint_review', 1, parties.party, parties.org_id, parties.user_id,
        CASE WHEN p.stage = 'joint_review_failed' AND parties.n = 1 THEN 'fail' ELSE 'pass' END, '原则同意，按意见完善后实施。',
        '[{"code":"intensive","opinion":"符合要求"},{"code":"sharing","opinion":"符合要求"}]'::jsonb,
        LEAST(p.updated_at, p.created_at + (62 + parties.n) * interval '1 day')
      FROM projects p CROSS JOIN ${parties} parties
      WHERE ${bench} AND p.stage IN (${list(APPLIED)})
        AND NOT (p.stage = 'joint_review' AND parties.n > abs(hashint4(p.total_fen::int)) % 4)`),
  );
  // History: one event per step taken, about 2.8 per project.
  const events = `CASE WHEN p.stage = 'draft' THEN 1 WHEN p.stage IN (${list(BEFORE_LIST)}) THEN 2
    WHEN p.stage IN ('listed', 'joint_review', 'joint_review_failed', 'revision', 'form_pending', 'approved', 'redeclaring') THEN 3 ELSE 4 END`;
  await step(
    'project_events',
    raw(`INSERT INTO project_events (project_id, at, actor_user_id, actor_org_id, action, from_stage, to_stage, note, detail)
      SELECT p.id, p.created_at + (p.updated_at - p.created_at) * (i - 1) / GREATEST(n.n - 1, 1), p.created_by, p.declaring_org_id,
        CASE WHEN i = 1 THEN 'project.created' ELSE 'project.stage_changed' END,
        CASE WHEN i = 1 THEN NULL WHEN i = n.n THEN NULL END,
        CASE WHEN i = 1 THEN 'draft' WHEN i = n.n THEN p.stage END,
        NULL, '{}'::jsonb
      FROM projects p CROSS JOIN LATERAL (SELECT (${events}) AS n) n CROSS JOIN LATERAL generate_series(1, n.n) i
      WHERE ${bench}`),
  );
  await step(
    'documents',
    raw(`INSERT INTO documents (owner_type, owner_id, doc_type, version, file_name, content_type, size_bytes, sm3, storage_key,
        uploaded_by, uploaded_at, submitted_at)
      SELECT 'project', p.id, t, 1, p.name || '-' || t || '.pdf', 'application/pdf', 200000 + abs(hashint4(p.total_fen::int)) % 800000,
        md5(p.id::text || t) || md5(t), 'bench/' || p.id || '/' || t, p.created_by, p.created_at + interval '1 day', p.submitted_at
      FROM projects p CROSS JOIN unnest(ARRAY['declaration_form','construction_plan','basis_documents','collective_decision']) t
      WHERE ${bench}
      UNION ALL
      SELECT 'project', p.id, 'contract', 1, '政府采购合同.pdf', 'application/pdf', 350000, md5(p.code) || md5(p.name), 'bench/' || p.id || '/contract',
        p.created_by, p.created_at + interval '100 days', NULL
      FROM projects p WHERE ${bench} AND p.stage IN (${list(CONTRACTED)})`),
  );
  await step(
    'project_payments',
    raw(`INSERT INTO project_payments (project_id, kind, amount_fen, paid_on, recorded_by, recorded_at)
      SELECT p.id, CASE WHEN i = 3 THEN 'disbursement' ELSE 'payment' END, p.total_fen * 3 / 10, ${day("p.created_at + i * interval '100 days'")},
        p.created_by, LEAST(p.updated_at, p.created_at + i * interval '100 days')
      FROM projects p CROSS JOIN generate_series(1, 3) i
      WHERE ${bench} AND p.stage IN (${list(CONTRACTED)}) AND (i < 3 OR p.stage IN (${list(FINISHED)}))`),
  );
  await step(
    'progress_reports',
    raw(`INSERT INTO progress_reports (project_id, milestone, percent, note, reported_by, reported_at)
      SELECT p.id, '第' || i || '阶段', i * 30, '按计划推进', p.created_by, LEAST(p.updated_at, p.created_at + (120 + i * 30) * interval '1 day')
      FROM projects p CROSS JOIN generate_series(1, 2) i WHERE ${bench} AND p.stage IN (${list(CONTRACTED)}) AND p.stage <> 'contracted'`),
  );
  await step(
    'supervision_reports',
    raw(`INSERT INTO supervision_reports (project_id, period, summary, filed_by, filed_at)
      SELECT p.id, p.plan_year || '年第一季度', '工程进度、质量、投资受控', p.created_by, LEAST(p.updated_at, p.created_at + interval '180 days')
      FROM projects p WHERE ${bench} AND p.supervisor_org_id IS NOT NULL AND p.stage <> 'contracted'`),
  );
  // Self-evaluations filed for each full year of construction before this one (this year's is the to-do).
  await step(
    'self_evaluations',
    raw(`INSERT INTO self_evaluations (project_id, year, progress, investment, filed_at, declarant_opinion, supervisor_opinion, created_by, created_at, updated_at)
      SELECT p.id, y, '按计划推进', '执行正常', make_timestamptz(y, 12, 20, 2, 0, 0, 'UTC'), '同意', CASE WHEN p.supervisor_org_id IS NOT NULL THEN '同意' END,
        p.created_by, make_timestamptz(y, 12, 1, 2, 0, 0, 'UTC'), make_timestamptz(y, 12, 20, 2, 0, 0, 'UTC')
      FROM projects p JOIN project_contracts c ON c.project_id = p.id AND c.round = p.application_round
      CROSS JOIN LATERAL generate_series(extract(year FROM c.construction_started_at AT TIME ZONE 'Asia/Shanghai')::int, 2025) y
      WHERE ${bench} AND c.construction_started_at IS NOT NULL`),
  );
  await step(
    'systems',
    raw(`INSERT INTO systems (code, name, owner_org_id, status, deployment, data_collected, sharing_fulfilled, operation_started_on, source,
        registered_by, created_at, updated_at)
      SELECT 'XT-' || p.code, p.name || '（' || p.code || '）', p.declaring_org_id,
        CASE WHEN p.stage = 'closed' THEN 'exited' ELSE 'operating' END, 'gov_cloud', true, true, ${day("p.updated_at - interval '30 days'")},
        'platform', p.created_by, p.updated_at, p.updated_at
      FROM projects p WHERE ${bench} AND p.stage IN (${list(FINISHED)}) AND p.kind = 'build'`),
  );
  await step(
    'system_projects',
    raw(`INSERT INTO system_projects (system_id, project_id, relation, created_at)
      SELECT s.id, p.id, 'build', p.updated_at FROM systems s JOIN projects p ON s.code = 'XT-' || p.code`),
  );
  return { ms: performance.now() - t0, rows };
}
