// The declaration form as the antd Form holds it (money as 元 strings, exactly as typed) and its
// conversion to the API's shape (integer fen). Rows left blank are not sent.
import type { DeclarationForm, Project } from '../../api/plan-types';
import { fenToYuanInput, yuanInputToFen } from '../../plan/money';

type Str = string | undefined;

export interface FormValues {
  name: string;
  category?: string | null;
  kind?: string | null;
  classified: boolean;
  totalYuan: Str;
  leadOrgId?: string | null;
  coOrgIds: string[];
  budget: Record<string, Str>;
  fundingSources: { source?: string; amountYuan?: Str }[];
  yearlyBudgets: { year?: number | null; amountYuan?: Str }[];
  dataResources: { name?: Str; costYuan?: Str; catalogueRef?: Str; description?: Str }[];
  sharingList: { item?: Str; direction?: 'provide' | 'consume' | 'open'; interface?: Str; frequency?: Str }[];
  deployment: { mode?: string | null; provider?: Str; assessmentRef?: Str; exemptBasis?: Str };
  commonPlatforms: string[];
  commonPlatformsNoneReason?: Str;
  scenario: { area?: string | null; description?: Str };
  classifiedSplitStatement?: Str;
  mlpsLevel?: number | null;
  cryptoPlan?: Str;
  secureReliableStatement?: Str;
  declaredItems: string[];
  planChapters: string[];
  hasPredecessor: boolean;
  predecessor: { name?: Str; sharingFulfilled?: boolean };
  urgentBasis: { level?: string | null; text?: Str };
  performanceTargets: { indicator?: Str; target?: Str }[];
  contactName?: Str;
  contactPhone?: Str;
}

const s = (v: string | null | undefined): Str => v ?? undefined;

export function toValues(p: Project): FormValues {
  const f = p.form ?? {};
  return {
    name: p.name,
    category: p.category,
    kind: p.kind,
    classified: p.classified,
    totalYuan: p.totalFen ? fenToYuanInput(p.totalFen) : undefined,
    leadOrgId: p.leadOrgId,
    coOrgIds: p.coOrgIds ?? [],
    budget: Object.fromEntries(
      Object.entries(f.budgetBreakdown ?? {}).map(([k, v]) => [k, v === undefined ? undefined : fenToYuanInput(v)]),
    ),
    fundingSources: (f.fundingSources ?? []).map((r) => ({
      source: r.source,
      amountYuan: fenToYuanInput(r.amountFen),
    })),
    yearlyBudgets: (f.yearlyBudgets ?? []).map((r) => ({ year: r.year, amountYuan: fenToYuanInput(r.amountFen) })),
    dataResources: (f.dataResources ?? []).map((r) => ({
      name: r.name,
      costYuan: fenToYuanInput(r.costFen),
      catalogueRef: s(r.catalogueRef),
      description: s(r.description),
    })),
    sharingList: (f.sharingList ?? []).map((r) => ({ ...r })),
    deployment: {
      mode: f.deployment?.mode ?? null,
      provider: s(f.deployment?.provider),
      assessmentRef: s(f.deployment?.assessmentRef),
      exemptBasis: s(f.deployment?.exemptBasis),
    },
    commonPlatforms: f.commonPlatforms ?? [],
    commonPlatformsNoneReason: s(f.commonPlatformsNoneReason),
    scenario: { area: f.scenario?.area ?? null, description: s(f.scenario?.description) },
    classifiedSplitStatement: s(f.classifiedSplitStatement),
    mlpsLevel: f.mlpsLevel ?? null,
    cryptoPlan: s(f.cryptoPlan),
    secureReliableStatement: s(f.secureReliableStatement),
    declaredItems: f.declaredItems ?? [],
    planChapters: f.planChapters ?? [],
    hasPredecessor: !!f.predecessor,
    predecessor: { name: f.predecessor?.name, sharingFulfilled: f.predecessor?.sharingFulfilled ?? false },
    urgentBasis: { level: f.urgentBasis?.level ?? null, text: f.urgentBasis?.text },
    performanceTargets: (f.performanceTargets ?? []).map((r) => ({ ...r })),
    contactName: s(f.contactName),
    contactPhone: s(f.contactPhone),
  };
}

export interface Payload {
  name?: string;
  category: string | null;
  kind: string | null;
  classified: boolean;
  totalFen: number;
  leadOrgId: string | null;
  coOrgIds: string[];
  form: DeclarationForm;
}

/** Converts the form; `invalid` lists the field ids whose amount or name cannot be sent. */
export function toPayload(v: FormValues, base: Partial<DeclarationForm>): { payload: Payload; invalid: string[] } {
  const invalid: string[] = [];
  const money = (value: Str, id: string): number | undefined => {
    const fen = yuanInputToFen(value);
    if (fen === null) {
      invalid.push(id);
      return undefined;
    }
    return fen;
  };
  const text = (x: Str) => (x ?? '').trim();
  const opt = (x: Str) => (text(x) ? text(x) : null);
  const has = (...xs: unknown[]) => xs.some((x) => x !== undefined && x !== null && String(x).trim() !== '');
  const name = text(v.name);
  if (name.length < 2) invalid.push('name');

  const form: DeclarationForm = {
    ...(base as DeclarationForm),
    budgetBreakdown: Object.fromEntries(
      Object.entries(v.budget ?? {})
        .map(([k, x]) => [k, money(x, `budget_${k}`)])
        .filter(([, x]) => x !== undefined),
    ),
    fundingSources: (v.fundingSources ?? []).flatMap((r, i) =>
      r?.source ? [{ source: r.source, amountFen: money(r.amountYuan, `fundingSources_${i}_amountYuan`) ?? 0 }] : [],
    ),
    yearlyBudgets: (v.yearlyBudgets ?? []).flatMap((r, i) =>
      r?.year ? [{ year: r.year, amountFen: money(r.amountYuan, `yearlyBudgets_${i}_amountYuan`) ?? 0 }] : [],
    ),
    dataResources: (v.dataResources ?? []).flatMap((r, i) =>
      r && has(r.name, r.costYuan, r.description)
        ? [
            {
              name: text(r.name),
              costFen: money(r.costYuan, `dataResources_${i}_costYuan`) ?? null,
              catalogueRef: opt(r.catalogueRef),
              description: opt(r.description),
            },
          ]
        : [],
    ),
    sharingList: (v.sharingList ?? []).flatMap((r) =>
      r && has(r.item, r.interface, r.frequency)
        ? [
            {
              item: text(r.item),
              direction: r.direction ?? 'provide',
              interface: text(r.interface),
              frequency: text(r.frequency),
            },
          ]
        : [],
    ),
    deployment: {
      mode: v.deployment?.mode ?? null,
      provider: opt(v.deployment?.provider),
      assessmentRef: opt(v.deployment?.assessmentRef),
      exemptBasis: opt(v.deployment?.exemptBasis),
    },
    commonPlatforms: v.commonPlatforms ?? [],
    commonPlatformsNoneReason: opt(v.commonPlatformsNoneReason),
    scenario: has(v.scenario?.area, v.scenario?.description)
      ? { area: v.scenario?.area ?? null, description: text(v.scenario?.description) }
      : null,
    classifiedSplitStatement: opt(v.classifiedSplitStatement),
    mlpsLevel: v.mlpsLevel ?? null,
    cryptoPlan: opt(v.cryptoPlan),
    secureReliableStatement: opt(v.secureReliableStatement),
    declaredItems: v.declaredItems ?? [],
    planChapters: v.planChapters ?? [],
    predecessor: v.hasPredecessor
      ? {
          projectId: base.predecessor?.projectId ?? null,
          name: text(v.predecessor?.name),
          sharingFulfilled: !!v.predecessor?.sharingFulfilled,
        }
      : null,
    urgentBasis: v.urgentBasis?.level ? { level: v.urgentBasis.level, text: text(v.urgentBasis.text) } : null,
    performanceTargets: (v.performanceTargets ?? []).flatMap((r) =>
      r && has(r.indicator, r.target) ? [{ indicator: text(r.indicator), target: text(r.target) }] : [],
    ),
    contactName: opt(v.contactName),
    contactPhone: opt(v.contactPhone),
  };
  return {
    invalid,
    payload: {
      ...(name.length >= 2 ? { name } : {}),
      category: v.category ?? null,
      kind: v.kind ?? null,
      classified: !!v.classified,
      totalFen: money(v.totalYuan, 'totalYuan') ?? 0,
      leadOrgId: v.leadOrgId ?? null,
      coOrgIds: v.coOrgIds ?? [],
      form,
    },
  };
}
