// Data cases of the approval route (Art.11, 12): every boundary in fen.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, isDocumentType } from '../documents.js';
import { defaultEdition as ed } from '../editions/index.js';
import { needsNdrcApproval } from '../rules/later-stage-calcs.js';
import { approvalRoute, type ApprovalRouteInput } from './approval-route.js';
import {
  APPROVAL_DOCUMENTS,
  CODES_NOT_IN_DOCUMENT_TYPES,
  DOC_CODES,
  missingDocuments,
  slot,
  type DocSlot,
} from './documents.js';
import { expectCited, summary } from './test-support.js';

const base: ApprovalRouteInput = {
  kind: 'build',
  totalFen: 300_000_000,
  fundingSources: [{ source: 'fiscal', amountFen: 300_000_000 }],
  inPlan: false,
  urgentMandate: false,
  newCivilWorks: false,
  energyIntensive: false,
};
/** A build project fully funded by the budget, of `totalFen`. */
const fiscal = (totalFen: number, more: Partial<ApprovalRouteInput> = {}): Partial<ApprovalRouteInput> => ({
  totalFen,
  fundingSources: [{ source: 'fiscal', amountFen: totalFen }],
  ...more,
});
const docs = (slots: readonly DocSlot[]) => slots.map((s) => s.anyOf.join('|'));

const SMALL = ['declaration_form', 'feasibility_study|construction_plan'];
const NDRC = ['declaration_form', 'proposal', 'feasibility_study', 'preliminary_design'];
const NDRC_INFO = 'R-NDRC info Art.12 totalFen';
const NDRC_BLOCK = 'R-NDRC block Art.12 ndrcApproved';
const MERGE = 'R-NDRC-SIMPLE info Art.12(3) totalFen';

interface Case {
  name: string;
  input: Partial<ApprovalRouteInput>;
  ndrc: boolean;
  documents: string[];
  paths: string[];
  extra: string[];
  findings: string[];
  /** Substrings the zh messages must contain (amounts, line and legal word). */
  says?: string[];
}

const CASES: Case[] = [
  {
    name: '4,000,000.00 yuan is not 超过 400万: no NDRC',
    input: fiscal(400_000_000),
    ndrc: false,
    documents: SMALL,
    paths: [],
    extra: [],
    findings: [NDRC_INFO],
    says: ['总投资4,000,000.00元，未超过400万元（“超过”不含本数）', '无需区发改局立项审批'],
  },
  {
    name: '4,000,000.01 yuan is over: NDRC, may merge',
    input: fiscal(400_000_001),
    ndrc: true,
    documents: NDRC,
    paths: ['merge'],
    extra: [],
    findings: [NDRC_BLOCK, MERGE],
    says: [
      '总投资4,000,000.01元，超过400万元（“超过”不含本数）',
      '尚未取得区发改局立项批复',
      '属800万元以下（“以下”含本数）',
    ],
  },
  {
    name: '8,000,000.00 yuan is 800万以下 (inclusive): merge offered',
    input: fiscal(800_000_000),
    ndrc: true,
    documents: NDRC,
    paths: ['merge'],
    extra: [],
    findings: [NDRC_BLOCK, MERGE],
    says: ['总投资8,000,000.00元，属800万元以下（“以下”含本数），可以视情合并编报'],
  },
  {
    name: '8,000,000.01 yuan: no merge, told why',
    input: fiscal(800_000_001),
    ndrc: true,
    documents: NDRC,
    paths: [],
    extra: [],
    findings: [NDRC_BLOCK, MERGE],
    says: ['总投资8,000,000.01元，不属于800万元以下（“以下”含本数），不可合并编报'],
  },
  {
    name: 'NDRC approval recorded: info, not block',
    input: fiscal(500_000_000, { ndrcApproved: true }),
    ndrc: true,
    documents: NDRC,
    paths: ['merge'],
    extra: [],
    findings: ['R-NDRC info Art.12 ndrcApproved', MERGE],
    says: ['已取得区发改局立项批复'],
  },
  {
    name: 'in a plan → start from 可研 (Art.12(1))',
    input: fiscal(900_000_000, { inPlan: true }),
    ndrc: true,
    documents: NDRC,
    paths: ['in_plan'],
    extra: [],
    findings: [NDRC_BLOCK, 'R-NDRC-SIMPLE info Art.12(1) inPlan', MERGE],
  },
  {
    name: 'urgent → 可研 + 初设 + 概算 (Art.12(2))',
    input: fiscal(900_000_000, { urgentMandate: true }),
    ndrc: true,
    documents: NDRC,
    paths: ['urgent'],
    extra: [],
    findings: [NDRC_BLOCK, 'R-NDRC-SIMPLE info Art.12(2) urgentMandate', MERGE],
  },
  {
    name: 'all three paths at 600万',
    input: fiscal(600_000_000, { inPlan: true, urgentMandate: true }),
    ndrc: true,
    documents: NDRC,
    paths: ['in_plan', 'urgent', 'merge'],
    extra: [],
    findings: [NDRC_BLOCK, 'R-NDRC-SIMPLE info Art.12(1) inPlan', 'R-NDRC-SIMPLE info Art.12(2) urgentMandate', MERGE],
  },
  {
    name: 'simplified paths only where R-NDRC applies',
    input: fiscal(300_000_000, { inPlan: true, urgentMandate: true }),
    ndrc: false,
    documents: SMALL,
    paths: [],
    extra: [],
    findings: [NDRC_INFO],
  },
  {
    name: 'operate kind over the line: no NDRC',
    input: fiscal(900_000_000, { kind: 'operate' }),
    ndrc: false,
    documents: SMALL,
    paths: [],
    extra: [],
    findings: [NDRC_INFO],
    says: ['非建设类项目'],
  },
  {
    name: 'purchase of services over the line: no NDRC',
    input: fiscal(900_000_000, { kind: 'service' }),
    ndrc: false,
    documents: SMALL,
    paths: [],
    extra: [],
    findings: [NDRC_INFO],
  },
  {
    name: 'SOE money only: not 预算安排资金',
    input: { totalFen: 900_000_000, fundingSources: [{ source: 'soe', amountFen: 900_000_000 }] },
    ndrc: false,
    documents: SMALL,
    paths: [],
    extra: [],
    findings: [NDRC_INFO],
    says: ['未使用预算安排资金'],
  },
  {
    name: 'a fiscal line of 0 does not count',
    input: {
      totalFen: 900_000_000,
      fundingSources: [
        { source: 'fiscal', amountFen: 0 },
        { source: 'soe', amountFen: 900_000_000 },
      ],
    },
    ndrc: false,
    documents: SMALL,
    paths: [],
    extra: [],
    findings: [NDRC_INFO],
  },
  {
    name: 'joint funding (government part) counts; total over all sources',
    input: {
      totalFen: 400_000_001,
      fundingSources: [
        { source: 'joint', amountFen: 1 },
        { source: 'soe', amountFen: 400_000_000 },
      ],
    },
    ndrc: true,
    documents: NDRC,
    paths: ['merge'],
    extra: [],
    findings: [NDRC_BLOCK, MERGE],
  },
  {
    name: 'all three reasons named',
    input: { kind: 'operate', totalFen: 100, fundingSources: [{ source: 'soe', amountFen: 100 }] },
    ndrc: false,
    documents: SMALL,
    paths: [],
    extra: [],
    findings: [NDRC_INFO],
    says: ['非建设类项目；未使用预算安排资金', '；总投资1.00元，未超过400万元'],
  },
  {
    name: 'new civil works lift the exemption',
    input: fiscal(300_000_000, { newCivilWorks: true }),
    ndrc: false,
    documents: SMALL,
    paths: [],
    extra: ['energy', 'site', 'land', 'eia'],
    findings: [NDRC_INFO, 'R-NDRC info Art.12 newCivilWorks'],
    says: ['项目涉及新建土建工程', '节能评估、规划选址、用地预审、环境影响评价'],
  },
  {
    name: 'energy-intensive lifts the exemption',
    input: fiscal(900_000_000, { energyIntensive: true }),
    ndrc: true,
    documents: NDRC,
    paths: [],
    extra: ['energy', 'site', 'land', 'eia'],
    findings: [NDRC_BLOCK, MERGE, 'R-NDRC info Art.12 energyIntensive'],
    says: ['高耗能项目'],
  },
  {
    name: 'no flag: no energy/site/land/EIA step',
    input: fiscal(900_000_000),
    ndrc: true,
    documents: NDRC,
    paths: [],
    extra: [],
    findings: [NDRC_BLOCK, MERGE],
  },
];

describe('approvalRoute data cases', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const input = { ...base, ...c.input };
    const r = approvalRoute(input, ed);
    expect(r.ndrcRequired).toBe(c.ndrc);
    expect(r.ndrcRequired).toBe(needsNdrcApproval(input, ed)); // consistent with the shared calc
    expect(docs(r.requiredDocuments)).toEqual(c.documents);
    expect(r.simplifiedPaths.map((p) => p.code)).toEqual(c.paths);
    expect(r.extraApprovals).toEqual(c.extra);
    expect(summary(r.findings)).toEqual(c.findings);
    expectCited(r.findings);
    const text = r.findings.map((f) => f.message).join('\n');
    for (const s of c.says ?? []) expect(text).toContain(s);
  });
});

describe('simplified paths', () => {
  const paths = approvalRoute(
    { ...base, ...fiscal(600_000_000, { inPlan: true, urgentMandate: true }) },
    ed,
  ).simplifiedPaths;
  it.each([
    ['in_plan', 'Art.12(1)', ['declaration_form', 'feasibility_study', 'preliminary_design']],
    ['urgent', 'Art.12(2)', ['declaration_form', 'feasibility_study', 'preliminary_design', 'budget_estimate']],
    ['merge', 'Art.12(3)', ['declaration_form', 'combined_filing']],
  ])('%s cites %s and lists its documents', (code, article, documents) => {
    const p = paths.find((x) => x.code === code)!;
    expect(p.article).toBe(article);
    expect(docs(p.documents)).toEqual(documents);
    expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(p.en.length).toBeGreaterThan(10);
    expect(p.documents.some((d) => d.anyOf.includes('proposal'))).toBe(false); // none needs a separate 建议书
  });

  it('refuses amounts that are not fen', () => {
    expect(() => approvalRoute({ ...base, totalFen: 1.5 }, ed)).toThrow();
    expect(() => approvalRoute({ ...base, totalFen: -1 }, ed)).toThrow();
  });
});

describe('document codes', () => {
  it('codes shared with src/domain/documents.ts keep its labels; the rest are listed to be added there', () => {
    const pending: readonly string[] = CODES_NOT_IN_DOCUMENT_TYPES;
    for (const code of DOC_CODES.filter((c) => !pending.includes(c))) {
      expect(isDocumentType(code), code).toBe(true);
      if (isDocumentType(code)) expect(APPROVAL_DOCUMENTS[code].zh).toBe(DOCUMENT_TYPES[code].zh);
    }
    for (const code of pending) expect(DOC_CODES).toContain(code);
    for (const code of DOC_CODES) expect(APPROVAL_DOCUMENTS[code].article).toMatch(/^Art\.1[1-9]/);
  });

  it('labels a slot of alternatives and finds the missing ones', () => {
    expect(slot('feasibility_study', 'construction_plan').zh).toBe('可行性研究报告或建设方案');
    const slots = approvalRoute(base, ed).requiredDocuments;
    expect(missingDocuments(slots, ['declaration_form', 'construction_plan'])).toEqual([]);
    expect(missingDocuments(slots, ['declaration_form', 'feasibility_study'])).toEqual([]);
    expect(docs(missingDocuments(slots, ['construction_plan']))).toEqual(['declaration_form']);
    expect(docs(missingDocuments(slots, []))).toEqual(SMALL);
  });
});
