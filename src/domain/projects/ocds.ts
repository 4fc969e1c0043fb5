// Open data in the Open Contracting Data Standard's shape (OCDS 1.1; issue 10; SPEC §7 open data export;
// Art.7 数据共享开放): one release per published project, its OCID the configured prefix and the project code,
// carrying what the district knows of each step — planning (the approved budget), tender (the control price
// and the procurement method), award and contract (the implementer and the contract amount), implementation
// (payments and disbursements, and the milestones of construction, trial and acceptance). Which projects are
// published is open-data.ts's isPublished (listed, not classified). Pure: no I/O; money in fen in, yuan out.
import type { Fen } from '../money.js';

export const OCDS_VERSION = '1.1';

export interface OcdsParty {
  id: string;
  name: string;
}

export interface OcdsSource {
  id: string;
  code: string;
  name: string;
  planYear: number;
  version: number;
  updatedAt: Date;
  category: string | null;
  categoryName: string | null;
  buyer: OcdsParty;
  totalFen: Fen;
  approvedBudgetFen: Fen | null;
  /** The current application round (Art.11–14). */
  application: { round: number; controlPriceFen: Fen | null; approvedAt: Date | null } | null;
  /** The current contract (Art.16, 18). */
  contract: {
    round: number;
    procurementMethod: string;
    procurementMethodName: string;
    procurementDate: string;
    supplier: OcdsParty;
    contractFen: Fen;
    constructionStartedAt: Date | null;
    serviceStartOn: string | null;
    serviceEndOn: string | null;
  } | null;
  payments: { id: string; kind: 'payment' | 'disbursement'; amountFen: Fen; paidOn: string }[];
  trialStartedOn: string | null;
  acceptance: { date: string | null; conclusion: string | null } | null;
  /** The project ended (closed, terminated …): its contract is no longer active. */
  ended: boolean;
}

/** 政府采购法 procurement methods as recorded (record-procurement.ts), in Chinese. */
export const PROCUREMENT_METHOD_ZH: Record<string, string> = {
  public_tender: '公开招标',
  invited_tender: '邀请招标',
  competitive_negotiation: '竞争性谈判',
  competitive_consultation: '竞争性磋商',
  single_source: '单一来源采购',
  inquiry: '询价',
  framework: '框架协议采购',
};

/** 政府采购法 methods in the OCDS closed method codelist (open / selective / limited / direct). */
const METHOD: Record<string, 'open' | 'selective' | 'limited' | 'direct'> = {
  public_tender: 'open',
  invited_tender: 'selective',
  framework: 'selective',
  competitive_negotiation: 'limited',
  competitive_consultation: 'limited',
  inquiry: 'limited',
  single_source: 'direct',
};

/** Money as OCDS wants it: an amount in yuan with its currency (fen are integers: /100 is exact to the fen). */
export const cny = (fen: Fen) => ({ amount: fen / 100, currency: 'CNY' as const });

/** A calendar date (Asia/Shanghai) as an OCDS date-time: the start of that day, +08:00. */
export const dayTime = (d: string) => `${d}T00:00:00+08:00`;

export function ocidOf(prefix: string, code: string): string {
  return `${prefix}${code}`;
}

export function ocdsRelease(p: OcdsSource, ocidPrefix: string) {
  const ocid = ocidOf(ocidPrefix, p.code);
  const c = p.contract;
  const a = p.application;
  const tag: string[] = ['planning'];
  if (a) tag.push('tender');
  if (c) tag.push('award', 'contract');
  const milestones = [
    c?.constructionStartedAt && {
      id: 'construction_started',
      title: '开工建设',
      type: 'delivery',
      status: 'met',
      dateMet: c.constructionStartedAt.toISOString(),
    },
    p.trialStartedOn && {
      id: 'trial_started',
      title: '上线试运行',
      type: 'delivery',
      status: 'met',
      dateMet: dayTime(p.trialStartedOn),
    },
    p.acceptance?.date && {
      id: 'acceptance',
      title: '竣工验收',
      type: 'assessment',
      status: p.acceptance.conclusion === 'pass' ? 'met' : 'notMet',
      dateMet: dayTime(p.acceptance.date),
    },
  ].filter((m): m is Exclude<typeof m, null | undefined | false | ''> => Boolean(m));
  const contractPayments = p.payments.filter((t) => t.kind === 'payment');
  const hasImplementation = Boolean(c) && (contractPayments.length > 0 || milestones.length > 0);
  if (hasImplementation) tag.push('implementation');
  const parties = [
    { id: p.buyer.id, name: p.buyer.name, roles: ['buyer', 'procuringEntity'] },
    ...(c ? [{ id: c.supplier.id, name: c.supplier.name, roles: ['supplier'] }] : []),
  ];
  const awardId = c ? `${p.code}-award-${c.round}` : '';
  return {
    ocid,
    id: `${ocid}-v${p.version}`,
    date: p.updatedAt.toISOString(),
    tag,
    initiationType: 'tender' as const,
    language: 'zh',
    parties,
    buyer: p.buyer,
    planning: {
      rationale: p.categoryName,
      budget: {
        id: `${p.code}-budget`,
        description: `${p.planYear}年度区级信息化项目`,
        amount: cny(p.approvedBudgetFen ?? p.totalFen),
        project: p.name,
        projectID: p.code,
      },
    },
    tender: {
      id: `${p.code}-tender-${a?.round ?? 0}`,
      title: p.name,
      status: c ? 'complete' : a ? 'active' : 'planning',
      value: cny(a?.controlPriceFen ?? p.approvedBudgetFen ?? p.totalFen),
      mainProcurementCategory: p.category === 'hardware' ? 'goods' : 'services',
      ...(c
        ? {
            procurementMethod: METHOD[c.procurementMethod] ?? null,
            procurementMethodDetails: c.procurementMethodName,
          }
        : {}),
    },
    awards: c
      ? [
          {
            id: awardId,
            title: p.name,
            status: 'active',
            date: dayTime(c.procurementDate),
            value: cny(c.contractFen),
            suppliers: [c.supplier],
          },
        ]
      : [],
    contracts: c
      ? [
          {
            id: `${p.code}-contract-${c.round}`,
            awardID: awardId,
            title: p.name,
            status: p.ended ? 'terminated' : 'active',
            value: cny(c.contractFen),
            dateSigned: dayTime(c.procurementDate),
            ...(c.serviceStartOn && c.serviceEndOn
              ? { period: { startDate: dayTime(c.serviceStartOn), endDate: dayTime(c.serviceEndOn) } }
              : {}),
            ...(hasImplementation
              ? {
                  implementation: {
                    // The declarant's payments against the contract (Art.16); finance's disbursements to the
                    // declarant (Art.26) fund the budget, they are not spending on this contract.
                    transactions: contractPayments.map((t) => ({
                      id: t.id,
                      date: dayTime(t.paidOn),
                      value: cny(t.amountFen),
                      payer: p.buyer,
                      payee: c.supplier,
                    })),
                    milestones,
                  },
                }
              : {}),
          },
        ]
      : [],
  };
}

export type OcdsRelease = ReturnType<typeof ocdsRelease>;

/** The package around the releases (OCDS 1.1 release package: uri, version, publishedDate, publisher, releases). */
export function ocdsPackage(
  releases: OcdsRelease[],
  meta: { uri: string; publishedDate: Date; publisher: string; license?: string | null },
) {
  return {
    uri: meta.uri,
    version: OCDS_VERSION,
    publishedDate: meta.publishedDate.toISOString(),
    publisher: { name: meta.publisher, scheme: null, uid: null, uri: null },
    license: meta.license ?? null,
    publicationPolicy: null,
    releases,
  };
}
