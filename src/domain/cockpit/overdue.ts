// 数据局驾驶舱 — deadlines by unit (issue 10; SPEC §5, the obligations catalogue in
// lifecycle/obligations.ts): per declaring unit, the deadlines open and past now ('overdue') and those
// met only after they fell due ('late'). Pure: the database counts per unit × deadline × state; this
// folds the counts per unit with the catalogue's labels, rules and articles.
import { OBLIGATION_KINDS, type ObligationKindCode } from '../lifecycle/obligations.js';

export type OverdueState = 'overdue' | 'late';

export const OVERDUE_STATES = {
  overdue: { zh: '已逾期未办', en: 'Past due, not done' },
  late: { zh: '逾期后办结', en: 'Done late' },
} as const satisfies Record<OverdueState, { zh: string; en: string }>;

/** The deadlines of one unit, kind and state, counted by the database. */
export interface OverdueGroup {
  orgId: string;
  kind: ObligationKindCode;
  state: OverdueState;
  count: number;
}

export interface UnitOverdue {
  orgId: string;
  overdue: number;
  late: number;
  byKind: {
    kind: ObligationKindCode;
    zh: string;
    en: string;
    rule: string | null;
    article: string;
    overdue: number;
    late: number;
  }[];
}

/** Per unit (most open overdue first, then most late): the counts by deadline kind in catalogue order. */
export function overdueByUnit(groups: readonly OverdueGroup[]): UnitOverdue[] {
  const kinds = Object.keys(OBLIGATION_KINDS) as ObligationKindCode[];
  const units = new Map<string, Map<ObligationKindCode, { overdue: number; late: number }>>();
  for (const g of groups) {
    const unit = units.get(g.orgId) ?? new Map();
    units.set(g.orgId, unit);
    const k = unit.get(g.kind) ?? { overdue: 0, late: 0 };
    unit.set(g.kind, { ...k, [g.state]: k[g.state] + g.count });
  }
  return [...units]
    .map(([orgId, unit]) => {
      const byKind = kinds
        .filter((k) => unit.has(k))
        .map((k) => {
          const { zh, en, rule, article } = OBLIGATION_KINDS[k];
          return { kind: k, zh, en, rule, article, ...unit.get(k)! };
        });
      return {
        orgId,
        overdue: byKind.reduce((s, k) => s + k.overdue, 0),
        late: byKind.reduce((s, k) => s + k.late, 0),
        byKind,
      };
    })
    .sort((a, b) => b.overdue - a.overdue || b.late - a.late || a.orgId.localeCompare(b.orgId));
}
