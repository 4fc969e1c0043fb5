import { describe, expect, it } from 'vitest';
import { wan, yuan } from '../money.js';
import { cny, type OcdsSource, ocdsPackage, ocdsRelease } from './ocds.js';

const base: OcdsSource = {
  id: 'p1',
  code: 'SC-2027-0001',
  name: '智慧市场监管平台',
  planYear: 2027,
  version: 7,
  updatedAt: new Date('2027-03-01T02:00:00.000Z'),
  category: 'business_system',
  categoryName: '业务应用系统',
  buyer: { id: 'org-1', name: '区市场监管局' },
  totalFen: wan(300),
  approvedBudgetFen: wan(280),
  application: null,
  contract: null,
  payments: [],
  trialStartedOn: null,
  acceptance: null,
  ended: false,
};
const contracted: OcdsSource = {
  ...base,
  application: { round: 1, controlPriceFen: wan(270), approvedAt: new Date('2027-02-01T02:00:00.000Z') },
  contract: {
    round: 1,
    procurementMethod: 'competitive_consultation',
    procurementMethodName: '竞争性磋商',
    procurementDate: '2027-02-20',
    supplier: { id: 'org-2', name: '钟吾大数据集团' },
    contractFen: wan(260),
    constructionStartedAt: new Date('2027-02-25T01:00:00.000Z'),
    serviceStartOn: null,
    serviceEndOn: null,
  },
  payments: [
    { id: 't1', kind: 'payment', amountFen: wan(78), paidOn: '2027-02-28' },
    { id: 't2', kind: 'disbursement', amountFen: wan(100), paidOn: '2027-02-28' },
  ],
};

describe('OCDS releases of a project (issue 10)', () => {
  it('money in yuan, exact to the fen', () => {
    expect(cny(yuan(1234.56))).toEqual({ amount: 1234.56, currency: 'CNY' });
  });
  it('a listed project only plans: its approved budget; the tender still planning', () => {
    const r = ocdsRelease(base, 'ocds-govit-sc-');
    expect(r.ocid).toBe('ocds-govit-sc-SC-2027-0001');
    expect(r.id).toBe('ocds-govit-sc-SC-2027-0001-v7');
    expect(r.tag).toEqual(['planning']);
    expect(r.planning.budget.amount.amount).toBe(2_800_000);
    expect(r.tender.status).toBe('planning');
    expect(r.awards).toEqual([]);
  });
  it('a contracted project: control price, method mapped to the closed codelist, award, contract, payments', () => {
    const r = ocdsRelease(contracted, 'ocds-govit-sc-');
    expect(r.tag).toEqual(['planning', 'tender', 'award', 'contract', 'implementation']);
    expect(r.tender).toMatchObject({ status: 'complete', procurementMethod: 'limited', value: { amount: 2_700_000 } });
    expect(r.contracts[0].awardID).toBe(r.awards[0].id);
    const tx = r.contracts[0].implementation?.transactions ?? [];
    // Finance's disbursement is not contract spending.
    expect(tx.map((t) => t.id)).toEqual(['t1']);
    expect(r.contracts[0].implementation?.milestones.map((m) => m.id)).toEqual(['construction_started']);
    expect(ocdsRelease({ ...contracted, ended: true }, 'x-').contracts[0].status).toBe('terminated');
  });
  it('the package carries version 1.1 and the publisher', () => {
    const pkg = ocdsPackage([ocdsRelease(base, 'p-')], {
      uri: 'https://example.org/ocds.json',
      publishedDate: base.updatedAt,
      publisher: '宿城区数据局',
    });
    expect(pkg).toMatchObject({ version: '1.1', publisher: { name: '宿城区数据局' } });
  });
});
