// Gates: R-PROCURE (Art.18), R-DECENTRAL (Art.15), R-SUPERVISION (Art.19), R-FORM (Art.14).
import { describe, expect, it } from 'vitest';
import { defaultEdition as ed } from '../editions/index.js';
import { needsSupervision } from '../rules/later-stage-calcs.js';
import {
  approvalGate,
  constructionGate,
  procurementGate,
  type DecentralisedFacts,
  type ProcurementFacts,
} from './gates.js';
import { expectCited, summary } from './test-support.js';

const ready: ProcurementFacts = {
  inAnnualList: true,
  jointReviewPassed: true,
  budgetApproved: true,
  ndrcRequired: true,
  ndrcApproved: true,
  approved: true,
};
const P = (field: string) => `R-PROCURE block Art.18 ${field}`;
const D = (field: string) => `R-DECENTRAL block Art.15 decentralised.${field}`;
const dec = (consultationApproved: boolean, governmentApproved: boolean): DecentralisedFacts => ({
  requested: true,
  consultationApproved,
  governmentApproved,
});

describe('procurementGate', () => {
  it.each([
    ['everything in place', {}, []],
    ['not in the annual list', { inAnnualList: false }, [P('inAnnualList')]],
    ['joint review not passed', { jointReviewPassed: false }, [P('jointReviewPassed')]],
    ['budget not approved', { budgetApproved: false }, [P('budgetApproved')]],
    ['not approved (批复)', { approved: false }, [P('approved')]],
    ['R-NDRC applies, no NDRC approval', { ndrcApproved: false }, [P('ndrcApproved')]],
    ['R-NDRC does not apply: NDRC approval not needed', { ndrcRequired: false, ndrcApproved: false }, []],
    [
      'everything missing: each named',
      { inAnnualList: false, jointReviewPassed: false, budgetApproved: false, approved: false, ndrcApproved: false },
      [P('inAnnualList'), P('jointReviewPassed'), P('budgetApproved'), P('approved'), P('ndrcApproved')],
    ],
    [
      'decentralised, nothing recorded',
      { decentralised: dec(false, false) },
      [D('consultationApproved'), D('governmentApproved')],
    ],
    ['decentralised, consultation only', { decentralised: dec(true, false) }, [D('governmentApproved')]],
    ['decentralised, government only', { decentralised: dec(false, true) }, [D('consultationApproved')]],
    ['decentralised, both recorded', { decentralised: dec(true, true) }, []],
    [
      'not requested: approvals irrelevant',
      { decentralised: { requested: false, consultationApproved: false, governmentApproved: false } },
      [],
    ],
    [
      'both rules at once',
      { inAnnualList: false, decentralised: dec(true, false) },
      [P('inAnnualList'), D('governmentApproved')],
    ],
  ] as [string, Partial<ProcurementFacts>, string[]][])('%s', (_n, facts, expected) => {
    const out = procurementGate({ ...ready, ...facts }, ed);
    expect(summary(out)).toEqual(expected);
    expectCited(out);
    for (const f of out.filter((x) => x.rule === 'R-PROCURE')) expect(f.message).toContain('不得组织采购和建设');
  });

  it("names the NDRC line in the regulation's words", () => {
    expect(procurementGate({ ...ready, ndrcApproved: false }, ed)[0].message).toContain(
      '总投资超过400万元（“超过”不含本数）的使用预算安排资金的建设类项目',
    );
  });
});

describe('constructionGate (R-SUPERVISION, 超过50万)', () => {
  it.each([
    ['500,000.00 yuan: 50万 itself is not over', 50_000_000, false, []],
    [
      '500,000.01 yuan without a supervision contract',
      50_000_001,
      false,
      ['R-SUPERVISION block Art.19 supervisionContract'],
    ],
    ['500,000.01 yuan with a supervision contract', 50_000_001, true, []],
    ['499,999.99 yuan', 49_999_999, false, []],
    ['zero budget', 0, false, []],
    ['10,000,000.00 yuan without a contract', 1_000_000_000, false, ['R-SUPERVISION block Art.19 supervisionContract']],
  ] as [string, number, boolean, string[]][])('%s', (_n, budgetFen, supervisionContract, expected) => {
    const out = constructionGate({ budgetFen, supervisionContract }, ed);
    expect(summary(out)).toEqual(expected);
    expect(out.length > 0).toBe(needsSupervision(budgetFen, ed) && !supervisionContract);
    expectCited(out);
  });

  it('says the amount, the line and the legal word', () => {
    expect(constructionGate({ budgetFen: 50_000_001, supervisionContract: false }, ed)[0].message).toContain(
      '投资预算500,000.01元，超过50万元（“超过”不含本数），应实行工程监理制',
    );
  });

  it('refuses amounts that are not fen', () => {
    expect(() => constructionGate({ budgetFen: 0.5, supervisionContract: false }, ed)).toThrow();
  });
});

describe('approvalGate (R-FORM, R-DECENTRAL)', () => {
  it.each([
    ['signed scan uploaded', { signedScanUploaded: true }, []],
    ['approval without the scan is refused', { signedScanUploaded: false }, ['R-FORM block Art.14 signedScanUploaded']],
    [
      'decentralised without approvals',
      { signedScanUploaded: true, decentralised: dec(false, false) },
      [D('consultationApproved'), D('governmentApproved')],
    ],
    [
      'no scan and decentralised without the government',
      { signedScanUploaded: false, decentralised: dec(true, false) },
      ['R-FORM block Art.14 signedScanUploaded', D('governmentApproved')],
    ],
    ['decentralised with both approvals', { signedScanUploaded: true, decentralised: dec(true, true) }, []],
  ] as [string, Parameters<typeof approvalGate>[0], string[]][])('%s', (_n, input, expected) => {
    const out = approvalGate(input);
    expect(summary(out)).toEqual(expected);
    expectCited(out);
  });
});
