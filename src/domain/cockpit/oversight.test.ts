import { describe, expect, it } from 'vitest';
import { bandRange, flagItems, scoreBand, scoreItems } from './oversight.js';

describe('score bands (财预〔2020〕10号: 90 and above 优, 80 良, 60 中, below 60 差)', () => {
  it('puts each line in the band above it', () => {
    expect([100, 90, 89, 80, 79, 60, 59, 0].map(scoreBand)).toEqual([
      'excellent',
      'excellent',
      'good',
      'good',
      'fair',
      'fair',
      'poor',
      'poor',
    ]);
  });
  it('gives each band its closed range', () => {
    expect(bandRange('excellent')).toEqual([90, 100]);
    expect(bandRange('good')).toEqual([80, 89]);
    expect(bandRange('fair')).toEqual([60, 79]);
    expect(bandRange('poor')).toEqual([0, 59]);
  });
});

describe('scoreItems', () => {
  it('counts projects per band, the unmet, the ladder levels, and the mean score', () => {
    const r = scoreItems(
      [
        { score: 95, projects: 1 },
        { score: 80, projects: 2 },
        { score: 50, projects: 1 },
      ],
      1,
      [{ level: 'funds_suspended', projects: 1 }],
    );
    const count = (k: string) => r.items.find((i) => i.key === k)!.count;
    expect([count('band:excellent'), count('band:good'), count('band:fair'), count('band:poor')]).toEqual([1, 2, 0, 1]);
    expect(count('unmet')).toBe(1);
    expect(count('level:funds_suspended')).toBe(1);
    expect(r.items.find((i) => i.key === 'level:terminated')).toMatchObject({ zh: '项目终止', count: 0 });
    expect(r.averageScore).toBe(76.3);
  });
  it('has no mean without scores', () => {
    expect(scoreItems([], 0, []).averageScore).toBeNull();
  });
});

describe('flagItems', () => {
  it('one item per Art.32 flag and per list status', () => {
    const items = flagItems(
      [
        { flag: 'idle', status: 'pending', systems: 2 },
        { flag: 'idle', status: 'kept', systems: 1 },
        { flag: 'serious_risk', status: 'pending', systems: 1 },
      ],
      [
        { status: 'pending', systems: 2 },
        { status: 'kept', systems: 1 },
      ],
    );
    expect(items.map((i) => [i.key, i.count])).toEqual([
      ['flag:low_use', 0],
      ['flag:idle', 3],
      ['flag:unusable', 0],
      ['flag:serious_risk', 1],
      ['status:pending', 2],
      ['status:kept', 1],
      ['status:eliminated', 0],
    ]);
    expect(items[1]).toMatchObject({ zh: '长期闲置', article: 'Art.32' });
  });
});
