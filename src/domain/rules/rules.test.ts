// One harness for every data case in ./cases (OpenFisca style), plus the catalogue's contract.
import { describe, expect, it } from 'vitest';
import { defaultEdition } from '../editions/index.js';
import { BASELINES } from './cases/baseline.js';
import { CASE_GROUPS } from './cases/index.js';
import type { Expected, RuleCase } from './cases/types.js';
import { articleZh } from './cite.js';
import { CHECKED_IDS, CHECKED_RULES, getRuleMeta, hasBlocking, ruleCatalog, runRules } from './engine.js';
import { LATER_STAGE_RULES } from './later-stages.js';
import type { StageInputs } from './stage-inputs.js';
import { RULE_IDS, type CheckedStage, type Finding, type RuleEffect, type RuleMeta, type Severity } from './types.js';

/** The case's input merged (shallowly) over the baseline of its moment. */
function runAt<S extends CheckedStage>(stage: S, input: Partial<StageInputs[S]>, c: RuleCase): Finding[] {
  return runRules(stage, { ...BASELINES[stage], ...input }, c.edition ?? defaultEdition);
}
const run = (c: RuleCase): Finding[] => runAt(c.stage ?? 'declare', c.input as Partial<StageInputs[CheckedStage]>, c);
const stageOf = (c: RuleCase): CheckedStage => c.stage ?? 'declare';

const key = (f: Expected, withField: boolean, withCode: boolean) =>
  `${f.rule} ${f.severity}${withField ? ` ${f.field ?? '-'}` : ''}${withCode ? ` ${f.code ?? '-'}` : ''}`;

describe.each(Object.entries(CASE_GROUPS))('rule cases: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const findings = run(c);
    for (const f of findings) {
      expect(f.article).toMatch(/^Art\.\d/);
      expect(f.message).toMatch(/^[\u4e00-\u9fff]/);
      expect(f.message.endsWith(`（${articleZh(f.article)}）`)).toBe(true);
      expect(articleZh(f.article)).toMatch(/^第[一二三四五六七八九十]+条/);
      expect(f.messageEn.endsWith(`(${f.article})`)).toBe(true);
      if (f.code !== undefined) {
        expect(f.code).toMatch(/^[A-Z][A-Z_]+$/);
        expect(f.severity).toBe('block'); // a problem code names a refusal
      }
    }
    const text = findings.map((f) => f.message).join('\n');
    for (const s of c.says ?? []) expect(text).toContain(s);
    for (const s of c.saysNot ?? []) expect(text).not.toContain(s);
    if (c.expect === 'none-blocking') {
      expect(findings.filter((f) => f.severity === 'block')).toEqual([]);
      expect(hasBlocking(findings)).toBe(false);
      return;
    }
    const withField = c.expect.some((e) => e.field !== undefined);
    if (withField)
      expect(
        c.expect.every((e) => e.field !== undefined),
        'give a field for every expectation or none',
      ).toBe(true);
    const withCode = c.expect.some((e) => e.code !== undefined);
    const actual = findings.map((f) => key(f, withField, withCode)).sort();
    expect(actual).toEqual(c.expect.map((e) => key(e, withField, withCode)).sort());
    expect(hasBlocking(findings)).toBe(c.expect.some((e) => e.severity === 'block'));
  });
});

describe('the cases cover every checked rule, at every moment it is checked', () => {
  const seen = new Set<string>();
  for (const cases of Object.values(CASE_GROUPS)) {
    for (const c of cases)
      if (c.expect !== 'none-blocking') for (const e of c.expect) seen.add(`${stageOf(c)} ${e.rule} ${e.severity}`);
  }
  // The severity of the findings that carry each effect: an overdue flag is a warning (R-REVISE-3WD),
  // a record or a route an info (R-RECOVERY, R-CHANGE).
  const EFFECT_SEVERITY: Record<RuleEffect, Severity> = {
    block: 'block',
    warn: 'warn',
    info: 'info',
    record: 'info',
    overdue: 'warn',
    route: 'info',
  };
  // Each severity the rule's effects imply, and its own severity (R-SELF-EVAL: block for a missing
  // opinion, warn for its overdue flag).
  const pairs = (Object.entries(CHECKED_RULES) as [CheckedStage, readonly RuleMeta[]][]).flatMap(([stage, rules]) =>
    rules.flatMap((r) =>
      [...new Set([...r.effects.map((e) => EFFECT_SEVERITY[e]), r.severity])].map((e) => `${stage} ${r.id} ${e}`),
    ),
  );
  it.each(pairs)('%s appears in some case', (pair) => expect(seen.has(pair)).toBe(true));

  it('every moment has a case group with cases', () => {
    const stages = new Set(Object.values(CASE_GROUPS).flatMap((cases) => cases.map(stageOf)));
    expect([...stages].sort()).toEqual(Object.keys(CHECKED_RULES).sort());
  });
});

describe('the registry', () => {
  const registered = Object.values(CHECKED_RULES).flat();

  it("the catalogue's checked set is exactly the set of registered check ids", () => {
    const catalogue = ruleCatalog(defaultEdition);
    const checked = new Set(catalogue.filter((r) => r.checked).map((r) => r.id));
    expect(checked).toEqual(new Set(registered.map((r) => r.id)));
    expect(checked).toEqual(CHECKED_IDS);
  });

  it('every catalogue entry has meta, from a check or from later-stages.ts, never both', () => {
    for (const id of RULE_IDS) expect(() => getRuleMeta(id), id).not.toThrow();
    const later = new Set(LATER_STAGE_RULES.map((r) => r.id));
    for (const id of RULE_IDS) expect(CHECKED_IDS.has(id) !== later.has(id), id).toBe(true);
    expect(LATER_STAGE_RULES.map((r) => r.id)).toEqual([]);
  });

  it('checks of one rule at several moments share its meta', () => {
    const fields = ['id', 'article', 'stage', 'severity', 'effects', 'title', 'titleEn', 'params'] as const;
    for (const r of registered) {
      const meta = getRuleMeta(r.id);
      for (const k of fields) expect(r[k], `${r.id}.${k}`).toBe(meta[k]);
    }
    const moments = (id: string) =>
      Object.entries(CHECKED_RULES)
        .filter(([, rules]) => rules.some((r) => r.id === id))
        .map(([s]) => s);
    expect(moments('R-DECENTRAL')).toEqual(['approval', 'decentral_request', 'decentral_approval', 'procurement']);
    expect(moments('R-MATERIALS')).toEqual(['declare', 'application']);
    expect(moments('R-ACCEPT-ORDER')).toEqual(['acceptance_hold', 'disbursement']);
    expect(moments('R-OM-ACCEPT')).toEqual(['acceptance_hold', 'acceptance_report']);
    expect(moments('R-REPORT')).toEqual(['acceptance_report']);
  });
});

describe('ruleCatalog', () => {
  const catalogue = ruleCatalog(defaultEdition);

  it('lists every SPEC §4 rule once, in order', () => {
    expect(catalogue.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(new Set(catalogue.map((r) => r.id)).size).toBe(38);
  });

  it('checks every rule of SPEC §4', () => {
    const checked = catalogue.filter((r) => r.checked);
    const unchecked: string[] = [];
    expect(checked.map((r) => r.id)).toEqual(RULE_IDS.filter((id) => !unchecked.includes(id)));
    expect(catalogue.filter((r) => !r.checked).map((r) => r.id)).toEqual(unchecked);
    expect(RULE_IDS.slice(18, 27)).toEqual([
      'R-NDRC',
      'R-NDRC-SIMPLE',
      'R-RECOVERY',
      'R-REVISE-3WD',
      'R-FORM',
      'R-DECENTRAL',
      'R-PROCURE',
      'R-SUPERVISION',
      'R-CHANGE',
    ]);
    expect(new Set(checked.map((r) => r.stage))).toEqual(
      new Set([
        'declare',
        'budget_review',
        'issue_plan',
        'application',
        'joint_review',
        'revision',
        'approval',
        'procurement',
        'construction',
        'change',
        'acceptance',
        'operation',
        'evaluation',
        'exit',
      ]),
    );
    expect(catalogue.filter((r) => !r.checked).every((r) => !['declare', 'issue_plan'].includes(r.stage))).toBe(true);
  });

  it('keeps the SPEC §4 moment of the moved rules', () => {
    const stageOfId = new Map(catalogue.map((r) => [r.id, r.stage]));
    expect(Object.fromEntries(RULE_IDS.slice(18, 27).map((id) => [id, stageOfId.get(id)]))).toEqual({
      'R-NDRC': 'application',
      'R-NDRC-SIMPLE': 'application',
      'R-RECOVERY': 'joint_review',
      'R-REVISE-3WD': 'revision',
      'R-FORM': 'approval',
      'R-DECENTRAL': 'approval',
      'R-PROCURE': 'procurement',
      'R-SUPERVISION': 'procurement',
      'R-CHANGE': 'change',
    });
  });

  it('keeps the SPEC §4 moment and effects of the delivery rules (Art.24–33)', () => {
    const byId = new Map(catalogue.map((r) => [r.id, r]));
    const delivery = RULE_IDS.slice(27).filter((id) => byId.get(id)?.checked);
    expect(Object.fromEntries(delivery.map((id) => [id, [byId.get(id)?.stage, byId.get(id)?.effects]]))).toEqual({
      'R-TRIAL': ['acceptance', ['block', 'overdue']],
      'R-ACCEPT-ORDER': ['acceptance', ['block']],
      'R-REPORT': ['acceptance', ['block', 'overdue']],
      'R-WARRANTY': ['acceptance', ['block']],
      'R-OM-ACCEPT': ['acceptance', ['block']],
      'R-SELF-EVAL': ['construction', ['overdue']],
      'R-OM-REPORT': ['operation', ['overdue']],
      'R-MONITOR': ['operation', ['block']],
      'R-NO-FUNDS': ['budget_review', ['block']],
      'R-RECTIFY': ['evaluation', ['block']],
      'R-EXIT': ['exit', ['block']],
    });
  });

  it('is plain JSON with an article, titles and stage on every entry', () => {
    expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue);
    for (const r of catalogue) {
      expect(r.article).toMatch(/^Art\.\d/);
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.titleEn).toMatch(/^[ -~–≤→]+$/);
      expect(r.effects.length).toBeGreaterThan(0);
    }
  });

  it('carries the parameter values in force, with their words and articles', () => {
    const byId = new Map(catalogue.map((r) => [r.id, r.params]));
    expect(byId.get('R-SCOPE-HW')).toMatchObject({
      hardwareScopeLine: { value: 50_000_000, word: '以上', article: 'Art.2' },
    });
    expect(byId.get('R-NDRC')).toMatchObject({ ndrcLine: { value: 400_000_000, word: '超过', article: 'Art.12' } });
    expect(byId.get('R-NDRC-SIMPLE')).toMatchObject({ simplifiedMergeLine: { value: 800_000_000, word: '以下' } });
    expect(byId.get('R-SUPERVISION')).toMatchObject({
      supervisionLine: { value: 50_000_000, word: '超过', article: 'Art.19' },
    });
    expect(byId.get('R-CHANGE')).toMatchObject({
      changeAmountLine: { value: 400_000_000, word: '不超过' },
      changeContractPercent: { value: 10 },
    });
    expect(byId.get('R-DEADLINE')).toMatchObject({
      declarationDeadline: { value: { month: 10, day: 15, time: '23:59:59' }, article: 'Art.8' },
    });
    expect(byId.get('R-REVISE-3WD')).toMatchObject({ revisionPeriod: { value: 3, unit: 'working_day' } });
    expect(byId.get('R-TRIAL')).toMatchObject({
      trialMin: { value: 1 },
      trialMinSoftware: { value: 3 },
      trialMax: { value: 6 },
    });
    expect(byId.get('R-WARRANTY')).toMatchObject({ warrantyMin: { value: 3, unit: 'year', word: '不少于' } });
    expect(byId.get('R-REPORT')).toMatchObject({
      acceptanceReportPeriod: { value: 1, unit: 'month', word: '不超过', article: 'Art.27' },
    });
    expect(byId.get('R-SELF-EVAL')).toMatchObject({
      selfEvaluationDue: { value: { month: 12, day: 31, time: '23:59:59' }, article: 'Art.33' },
    });
    expect(byId.get('R-OM-REPORT')).toMatchObject({ omReportPeriod: { value: 1, unit: 'month', article: 'Art.33' } });
  });
});
