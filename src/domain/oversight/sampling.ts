// 抽查复核 (Art.33 "区数据局对报表进行抽查复核"): a random sample of a chosen size from the eligible
// self-evaluations and O&M reports, reproducible from its seed. Pure and deterministic: the population is
// put in a canonical order (sorted ids) and shuffled by a seeded PRNG (mulberry32 over a 32-bit FNV-1a
// hash of the seed — 15 lines, no dependency), so the same seed and population always draw the same ids.
// The seed, the population and the drawn ids are stored with the draw, so anyone can re-draw and compare.

/** FNV-1a (32 bit) of a string's UTF-16 code units: the PRNG's initial state. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a small, well-known 32-bit PRNG; returns numbers in [0, 1). */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleDraw {
  seed: string;
  /** The population in canonical order (sorted, without duplicates), as drawn from. */
  population: string[];
  /** The drawn ids, in draw order. */
  drawn: string[];
}

/**
 * Draws `size` ids from `population` with `seed` (partial Fisher–Yates over the sorted ids). A size
 * larger than the population takes all of it; a size below 1 or not an integer, or an empty seed, is
 * a programming error (the API validates first).
 */
export function drawSample(population: readonly string[], size: number, seed: string): SampleDraw {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('sample size must be a positive integer');
  if (seed.length === 0) throw new RangeError('the seed must not be empty');
  const ordered = [...new Set(population)].sort();
  const pool = [...ordered];
  const next = mulberry32(hashSeed(seed));
  const n = Math.min(size, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return { seed, population: ordered, drawn: pool.slice(0, n) };
}

/** Whether a recorded draw is what its seed and population give (the reproducibility check). */
export function isReproducible(draw: SampleDraw): boolean {
  if (draw.drawn.length === 0) return draw.population.length === 0;
  const again = drawSample(draw.population, draw.drawn.length, draw.seed);
  return again.drawn.length === draw.drawn.length && again.drawn.every((id, i) => id === draw.drawn[i]);
}
