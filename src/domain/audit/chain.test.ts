import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, GENESIS_HASH, sm3Hex, type StoredRecord } from './chain.js';
import { ChainVerifier } from './verify.js';

/** The unkeyed walk of rows from before keying (keyed rows and anchors: verify.test.ts). */
async function verifyChain(records: StoredRecord[]) {
  const v = new ChainVerifier(null);
  for (const r of records) if (!(await v.push(r))) break;
  return v.finish().firstBroken;
}

function chain(n: number): StoredRecord[] {
  const out: StoredRecord[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const r = {
      seq: i,
      id: `id-${i}`,
      at: new Date(Date.UTC(2026, 10, 28, 0, 0, i)),
      actorUserId: null,
      actorUsername: `u${i}`,
      actorOrgId: null,
      action: 'auth.login',
      targetType: null,
      targetId: null,
      outcome: 'success',
      ip: '127.0.0.1',
      requestId: null,
      detail: { n: i, nested: { b: 1, a: 2 } },
    };
    const hash = chainHash(prev, r);
    out.push({ ...r, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('SM3', () => {
  it('matches the GB/T 32905 "abc" test vector', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('audit hash chain', () => {
  it('an intact chain verifies', async () => expect(await verifyChain(chain(5))).toBeNull());
  it('an altered record is named', async () => {
    const c = chain(5);
    c[2] = { ...c[2], actorUsername: 'mallory' };
    expect(await verifyChain(c)).toMatchObject({ seq: 3, reason: 'hash_mismatch' });
  });
  it('a deleted record breaks the next link', async () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(await verifyChain(c)).toMatchObject({ seq: 3, reason: 'prev_mismatch' });
  });
  it('reordered records are caught', async () => {
    const c = chain(5);
    [c[1], c[2]] = [c[2], c[1]];
    expect((await verifyChain(c))?.seq).toBe(3);
  });
  it('a rewritten record with a recomputed own hash still breaks the following link', async () => {
    const c = chain(5);
    const forged = { ...c[1], outcome: 'failure' };
    c[1] = { ...forged, hash: chainHash(forged.prevHash, forged) };
    expect(await verifyChain(c)).toMatchObject({ seq: 3, reason: 'prev_mismatch' });
  });
});
