// One harness for every data case in ./cases (OpenFisca style), plus the catalogue's contract.
import { describe, expect, it } from 'vitest';
import { defaultEdition } from '../editions/index.js';
import { baselineBudgetReview, baselineDeclaration, baselinePlanIssue } from './cases/baseline.js';
import { CASE_GROUPS } from './cases/index.js';
import type { Expected, RuleCase } from './cases/types.js';
import { articleZh } from './cite.js';
import { CHECKED_RULES, hasBlocking, ruleCatalog, runRules } from './engine.js';
import { RULE_IDS, type Finding, type Severity } from './types.js';

function run(c: RuleCase): Finding[] {
  const edition = c.edition ?? defaultEdition;
  switch (c.stage) {
    case 'budget_review':
      return runRules('budget_review', { ...baselineBudgetReview, ...c.input }, edition);
    case 'issue_plan':
      return runRules('issue_plan', { ...baselinePlanIssue, ...c.input }, edition);
    default:
      return runRules('declare', { ...baselineDeclaration, ...c.input }, edition);
  }
}

const key = (f: Expected, withField: boolean) => `${f.rule} ${f.severity}${withField ? ` ${f.field ?? '-'}` : ''}`;

describe.each(Object.entries(CASE_GROUPS))('rule cases: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const findings = run(c);
    for (const f of findings) {
      expect(f.article).toMatch(/^Art\.\d/);
      expect(f.message).toMatch(/^[\u4e00-\u9fff]/);
      expect(f.message.endsWith(`（${articleZh(f.article)}）`)).toBe(true);
      expect(articleZh(f.article)).toMatch(/^第[一二三四五六七八九十]+条/);
      expect(f.messageEn.endsWith(`(${f.article})`)).toBe(true);
    }
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
    const actual = findings.map((f) => key(f, withField)).sort();
    expect(actual).toEqual(c.expect.map((e) => key(e, withField)).sort());
    expect(hasBlocking(findings)).toBe(c.expect.some((e) => e.severity === 'block'));
  });
});

describe('the cases cover every checked rule', () => {
  const seen = new Set<string>();
  for (const cases of Object.values(CASE_GROUPS)) {
    for (const c of cases)
      if (c.expect !== 'none-blocking') for (const e of c.expect) seen.add(`${e.rule} ${e.severity}`);
  }
  const severities: readonly string[] = ['block', 'warn', 'info'] satisfies Severity[];
  const pairs = Object.values(CHECKED_RULES)
    .flat()
    .flatMap((r) => r.effects.filter((e) => severities.includes(e)).map((e) => `${r.id} ${e}`));
  it.each(pairs)('%s appears in some case', (pair) => expect(seen.has(pair)).toBe(true));
});

describe('ruleCatalog', () => {
  const catalogue = ruleCatalog(defaultEdition);

  it('lists every SPEC §4 rule once, in order', () => {
    expect(catalogue.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(new Set(catalogue.map((r) => r.id)).size).toBe(38);
  });

  it('checks exactly the declaration stage and the two plan gates', () => {
    const checked = catalogue.filter((r) => r.checked);
    expect(checked.map((r) => r.id)).toEqual(RULE_IDS.slice(0, 18));
    expect(new Set(checked.map((r) => r.stage))).toEqual(new Set(['declare', 'budget_review', 'issue_plan']));
    expect(catalogue.filter((r) => !r.checked).every((r) => !['declare', 'issue_plan'].includes(r.stage))).toBe(true);
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
  });
});
