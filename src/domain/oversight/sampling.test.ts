// 抽查复核 (Art.33): a sample reproducible from its seed and population.
import { describe, expect, it } from 'vitest';
import { drawSample, hashSeed, isReproducible, mulberry32 } from './sampling.js';

const POP = Array.from({ length: 40 }, (_, i) => `id-${String(i).padStart(2, '0')}`);

describe('drawSample', () => {
  it('the PRNG is the published mulberry32 (fixed vectors)', () => {
    const next = mulberry32(hashSeed('2026-抽查'));
    const first = [next(), next(), next()];
    const again = mulberry32(hashSeed('2026-抽查'));
    expect([again(), again(), again()]).toEqual(first);
    for (const v of first) expect(v >= 0 && v < 1).toBe(true);
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
  });
  it('re-drawing with the same seed and population gives the same ids in the same order', () => {
    const a = drawSample(POP, 5, 'seed-42');
    const b = drawSample([...POP].reverse(), 5, 'seed-42');
    expect(b.drawn).toEqual(a.drawn);
    expect(a.drawn).toHaveLength(5);
    expect(new Set(a.drawn).size).toBe(5);
    expect(isReproducible(a)).toBe(true);
  });
  it('another seed draws another sample', () => {
    expect(drawSample(POP, 5, 'seed-43').drawn).not.toEqual(drawSample(POP, 5, 'seed-42').drawn);
  });
  it('a tampered record is not reproducible', () => {
    const a = drawSample(POP, 3, 'x');
    expect(isReproducible({ ...a, drawn: [a.drawn[1], a.drawn[0], a.drawn[2]] })).toBe(false);
  });
  it('a size at the population takes all, one above takes all, duplicates count once', () => {
    expect(drawSample(POP, 40, 's').drawn.sort()).toEqual(POP);
    expect(drawSample(POP, 41, 's').drawn).toHaveLength(40);
    expect(drawSample(['b', 'a', 'a'], 2, 's').population).toEqual(['a', 'b']);
    expect(drawSample([], 3, 's').drawn).toEqual([]);
  });
  it('refuses a size below 1 and an empty seed', () => {
    expect(() => drawSample(POP, 0, 's')).toThrow(RangeError);
    expect(() => drawSample(POP, 1.5, 's')).toThrow(RangeError);
    expect(() => drawSample(POP, 1, '')).toThrow(RangeError);
  });
  it('every member can be drawn (no member is unreachable)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) seen.add(drawSample(POP, 1, `s${i}`).drawn[0]);
    expect(seen.size).toBe(POP.length);
  });
});
