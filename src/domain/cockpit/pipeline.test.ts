import { describe, expect, it } from 'vitest';
import { wan } from '../money.js';
import { moneyPipeline, PIPELINE_STEP_CODES, type MoneyGroup } from './pipeline.js';

const g = (o: Partial<MoneyGroup>): MoneyGroup => ({
  planYear: 2027,
  orgId: 'edu',
  category: 'government_affairs',
  count: 1,
  declaredFen: 0,
  budgetedFen: 0,
  budgetedCount: 0,
  controlPriceFen: 0,
  controlPriceCount: 0,
  contractedFen: 0,
  contractedCount: 0,
  disbursedFen: 0,
  disbursedCount: 0,
  recoveredFen: 0,
  recoveredCount: 0,
  ...o,
});

describe('moneyPipeline', () => {
  const groups = [
    g({
      count: 2,
      declaredFen: wan(500),
      budgetedFen: wan(450),
      budgetedCount: 2,
      controlPriceFen: wan(400),
      controlPriceCount: 1,
      recoveredFen: wan(50),
      recoveredCount: 1,
    }),
    g({
      orgId: 'health',
      category: null,
      declaredFen: wan(300),
      contractedFen: wan(280),
      contractedCount: 1,
      disbursedFen: wan(100),
      disbursedCount: 1,
    }),
    g({ planYear: 2028, orgId: 'health', count: 1, declaredFen: wan(100) }),
  ];
  const m = moneyPipeline(groups, [
    { planYear: 2027, source: 'fiscal', count: 2, declaredFen: wan(600) },
    { planYear: 2028, source: 'fiscal', count: 1, declaredFen: wan(100) },
    { planYear: 2027, source: 'soe', count: 1, declaredFen: wan(200) },
  ]);

  it('sums every step of the pipeline in order, with the number of projects at each', () => {
    expect(m.pipeline.map((s) => s.step)).toEqual(PIPELINE_STEP_CODES);
    expect(m.totals.declared).toEqual({ fen: wan(900), count: 4 });
    expect(m.totals.budgeted).toEqual({ fen: wan(450), count: 2 });
    expect(m.totals.control_price).toEqual({ fen: wan(400), count: 1 });
    expect(m.totals.contracted).toEqual({ fen: wan(280), count: 1 });
    expect(m.totals.disbursed).toEqual({ fen: wan(100), count: 1 });
    expect(m.totals.recovered).toEqual({ fen: wan(50), count: 1 });
    expect(m.pipeline[0]).toMatchObject({ zh: '申报总投资', article: 'Art.10(1)' });
  });

  it('folds by department, category (none given = unspecified) and year, largest declared first', () => {
    expect(m.byDepartment.map((d) => [d.orgId, d.figures.declared.fen])).toEqual([
      ['edu', wan(500)],
      ['health', wan(400)],
    ]);
    expect(m.byCategory.map((c) => [c.category, c.figures.declared.count])).toEqual([
      ['government_affairs', 3],
      ['unspecified', 1],
    ]);
    expect(m.byYear.map((y) => [y.planYear, y.figures.declared.fen])).toEqual([
      [2027, wan(800)],
      [2028, wan(100)],
    ]);
  });

  it('adds a source across years', () => {
    expect(m.bySource).toEqual([
      { source: 'fiscal', count: 3, declaredFen: wan(700) },
      { source: 'soe', count: 1, declaredFen: wan(200) },
    ]);
  });

  it('answers zeros for no projects', () => {
    const e = moneyPipeline([], []);
    expect(e.pipeline.every((s) => s.fen === 0 && s.count === 0)).toBe(true);
    expect(e.byDepartment).toEqual([]);
  });
});
