// The simplified paths of Art.12(1)–(3) as data: the table, and approvalRoute() walking it.
import { describe, expect, it } from 'vitest';
import { defaultEdition as ed } from '../editions/index.js';
import { wan } from '../money.js';
import { editionWith } from '../rules/cases/baseline.js';
import { approvalRoute, type ApprovalRouteInput } from './approval-route.js';
import { DOC_CODES } from './documents.js';
import { isPathOffered, renderPathText, SIMPLIFIED_PATHS } from './simplified-paths.js';

const input = (totalFen: number, more: Partial<ApprovalRouteInput> = {}): ApprovalRouteInput => ({
  kind: 'build',
  totalFen,
  fundingSources: [{ source: 'fiscal', amountFen: totalFen }],
  inPlan: false,
  urgentMandate: false,
  newCivilWorks: false,
  energyIntensive: false,
  ...more,
});

describe('SIMPLIFIED_PATHS', () => {
  it('lists Art.12(1)–(3) in order, each with its words, documents and texts', () => {
    expect(SIMPLIFIED_PATHS.map((r) => [r.code, r.article])).toEqual([
      ['in_plan', 'Art.12(1)'],
      ['urgent', 'Art.12(2)'],
      ['merge', 'Art.12(3)'],
    ]);
    for (const r of SIMPLIFIED_PATHS) {
      expect(r.quote).toMatch(/^[\u4e00-\u9fff]/);
      expect(r.documents[0]).toEqual(['declaration_form']);
      for (const slot of r.documents) for (const code of slot) expect(DOC_CODES).toContain(code);
      for (const t of [r.offered, r.notOffered].filter((x) => x !== undefined)) {
        expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
        for (const s of [t.zh, t.en]) expect(s.replace(/\{(total|line)\}/g, '')).not.toMatch(/[{}]/);
      }
    }
    expect(JSON.parse(JSON.stringify(SIMPLIFIED_PATHS))).toEqual(SIMPLIFIED_PATHS);
  });

  it('renders {total} and {line} in the regulation words', () => {
    const merge = SIMPLIFIED_PATHS.find((r) => r.code === 'merge')!;
    const facts = { totalFen: wan(800), inPlan: false, urgentMandate: false };
    expect(renderPathText(merge.offered, merge, facts, ed).zh).toBe(
      '总投资8,000,000.00元，属800万元以下（“以下”含本数），可以视情合并编报审批项目建议书、可行性研究报告、初步设计方案和投资概算',
    );
    expect(renderPathText(merge.notOffered!, merge, { ...facts, totalFen: wan(800) + 1 }, ed).en).toBe(
      'Total ¥8,000,000.01 is not at most ¥8,000,000.00 (inclusive): the documents cannot be merged',
    );
  });

  it("the edition's line decides the merge path, not the table", () => {
    const merge = SIMPLIFIED_PATHS.find((r) => r.code === 'merge')!;
    const lower = editionWith(ed, { simplifiedMergeLine: { ...ed.params.simplifiedMergeLine, value: wan(600) } });
    const facts = { totalFen: wan(700), inPlan: false, urgentMandate: false };
    expect(isPathOffered(merge, facts, ed)).toBe(true);
    expect(isPathOffered(merge, facts, lower)).toBe(false);
    expect(approvalRoute(input(wan(700)), lower).simplifiedPaths).toEqual([]);
    expect(approvalRoute(input(wan(700)), ed).simplifiedPaths.map((p) => p.code)).toEqual(['merge']);
  });

  it('approvalRoute offers the rows whose condition holds, in table order, with their documents', () => {
    const route = approvalRoute(input(wan(600), { inPlan: true, urgentMandate: true }), ed);
    expect(route.simplifiedPaths.map((p) => [p.code, p.article, p.documents.map((d) => d.anyOf.join('|'))])).toEqual(
      SIMPLIFIED_PATHS.map((r) => [r.code, r.article, r.documents.map((d) => d.join('|'))]),
    );
  });
});
