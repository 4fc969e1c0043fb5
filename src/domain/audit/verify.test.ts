// The keyed chain and its anchors (issue 11 finding 1), without a database: rows from before keying
// followed by keyed rows verify; a keyless rewrite, a downgrade, a re-link with the key after an
// anchor, truncation and a forged anchor are each named at the first broken row.
import { describe, expect, it } from 'vitest';
import { type AuditAnchor, checkAnchorMac, parseAnchorLog, signAnchor } from './anchor.js';
import { chainHash, GENESIS_HASH, keyedHash, type StoredRecord } from './chain.js';
import { createKeyring, softwareSigner } from './signer.js';
import { ChainVerifier, type ValidAnchor } from './verify.js';

const key = softwareSigner(Buffer.alloc(32, 7));
const otherKey = softwareSigner(Buffer.alloc(32, 9));
const keyring = createKeyring(key);
const NOW = new Date(Date.UTC(2026, 10, 28, 8));

function row(seq: number) {
  return {
    seq,
    id: `id-${seq}`,
    at: new Date(Date.UTC(2026, 10, 28, 0, 0, seq)),
    actorUserId: null,
    actorUsername: `u${seq}`,
    actorOrgId: null,
    action: 'auth.login',
    targetType: null,
    targetId: null,
    outcome: 'success',
    ip: '127.0.0.1',
    requestId: null,
    detail: { n: seq },
  };
}

/** `unkeyed` rows from before keying, then `keyed` rows under `signer`. */
async function chain(unkeyed: number, keyed: number, signer = key): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= unkeyed + keyed; seq++) {
    const r = row(seq);
    const isKeyed = seq > unkeyed;
    const hash = isKeyed ? await keyedHash(signer, prev, r) : chainHash(prev, r);
    out.push({ ...r, prevHash: prev, hash, keyId: isKeyed ? signer.keyId : null });
    prev = hash;
  }
  return out;
}

/** Re-links rows from index `from` on: with plain SM3 (the old scheme) or with a key. */
async function relink(rows: StoredRecord[], from: number, signer?: typeof key): Promise<StoredRecord[]> {
  const out = rows.slice(0, from);
  let prev = from === 0 ? GENESIS_HASH : rows[from - 1].hash;
  for (const r of rows.slice(from)) {
    const hash = signer ? await keyedHash(signer, prev, r) : chainHash(prev, r);
    out.push({ ...r, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

async function anchorOf(rows: StoredRecord[], seq: number, keyedFrom: number | null): Promise<ValidAnchor> {
  const r = rows.find((x) => x.seq === seq)!;
  return { source: 'log', line: 1, anchor: await signAnchor(key, r, keyedFrom, NOW) };
}

async function verify(rows: StoredRecord[], anchors: ValidAnchor[] = [], ring = keyring) {
  const v = new ChainVerifier(ring, anchors);
  for (const r of rows) if (!(await v.push(r))) break;
  return v.finish();
}

describe('keyed chain', () => {
  it('rows from before keying, then keyed rows, verify; the counts say which is which', async () => {
    const report = await verify(await chain(3, 4));
    expect(report).toMatchObject({ ok: true, checked: 7, unkeyed: 3, keyed: 4, firstKeyedSeq: 4 });
  });

  it('a keyed link is not plain SM3, and depends on the key', async () => {
    const [r] = await chain(0, 1);
    expect(r.hash).not.toBe(chainHash(GENESIS_HASH, r));
    expect(r.hash).not.toBe((await chain(0, 1, otherKey))[0].hash);
    expect(r.keyId).toMatch(/^hmac-sm3:[0-9a-f]{16}$/);
  });

  it('a change re-linked with plain SM3 (the old scheme) fails the MAC at the changed row', async () => {
    const rows = await chain(2, 6);
    rows[4] = { ...rows[4], outcome: 'failure' };
    const report = await verify(await relink(rows, 4));
    expect(report.firstBroken).toMatchObject({ seq: 5, reason: 'mac_mismatch', expected: null });
    expect(report.firstBroken?.message).toMatch(/记录 #5 的 HMAC-SM3 校验失败/);
  });

  it('a keyless rewrite that drops the key id is a downgrade, named at its first row', async () => {
    const rows = (await chain(2, 6)).map((r, i) => (i >= 4 ? { ...r, keyId: null } : r));
    expect((await verify(await relink(rows, 4))).firstBroken).toMatchObject({ seq: 5, reason: 'unkeyed_after_keyed' });
  });

  it('a whole chain rewritten without keys is caught by an anchor that saw keyed rows', async () => {
    const rows = await chain(2, 6);
    const anchor = await anchorOf(rows, 6, 3);
    const rewritten = await relink(
      rows.map((r) => ({ ...r, keyId: null })),
      0,
    );
    expect((await verify(rewritten, [anchor])).firstBroken).toMatchObject({ seq: 3, reason: 'unkeyed_after_keyed' });
  });

  it('a row naming an unknown key is refused', async () => {
    const report = await verify(await chain(0, 3, otherKey));
    expect(report.firstBroken).toMatchObject({ seq: 1, reason: 'unknown_key', found: otherKey.keyId });
  });

  it('a retired key still verifies the rows it keyed (rotation)', async () => {
    const old = await chain(0, 2, otherKey);
    const prev = old[1].hash;
    const r = row(3);
    const rows = [...old, { ...r, prevHash: prev, hash: await keyedHash(key, prev, r), keyId: key.keyId }];
    expect((await verify(rows, [], createKeyring(key, [otherKey]))).ok).toBe(true);
  });
});

describe('anchors', () => {
  it('deleting the newest rows is named against the anchor', async () => {
    const rows = await chain(1, 9);
    const report = await verify(rows.slice(0, 6), [await anchorOf(rows, 10, 2)]);
    expect(report.firstBroken).toMatchObject({ seq: 10, reason: 'anchor_truncated', intactUpTo: 6 });
    expect(report.firstBroken?.message).toMatch(/锚点 #10：#6 之后的记录被删除/);
  });

  it('a change re-linked with the right key is caught by the anchor after it', async () => {
    const rows = await chain(1, 9);
    const anchors = [await anchorOf(rows, 3, 2), await anchorOf(rows, 8, 2)];
    rows[4] = { ...rows[4], detail: { n: 'changed' } };
    const report = await verify(await relink(rows, 4, key), anchors);
    expect(report.firstBroken).toMatchObject({ seq: 8, reason: 'anchor_mismatch', intactUpTo: 3 });
    expect(report.firstBroken?.message).toMatch(/记录 #8 与锚点不一致.*#3 之后/);
    expect(report.anchors).toMatchObject({ valid: 2, matched: 1 });
  });

  it('an anchored row deleted and re-linked around is named', async () => {
    const rows = await chain(1, 9);
    const gone = rows.filter((r) => r.seq !== 5);
    const report = await verify(await relink(gone, 4, key), [await anchorOf(rows, 5, 2)]);
    expect(report.firstBroken).toMatchObject({ seq: 5, reason: 'anchor_missing' });
  });

  it('the first broken row comes first, ahead of a truncation after it', async () => {
    const rows = await chain(1, 9);
    const anchor = await anchorOf(rows, 10, 2);
    rows[2] = { ...rows[2], actorUsername: 'mallory' };
    const report = await verify((await relink(rows, 2)).slice(0, 7), [anchor]);
    expect(report.firstBroken).toMatchObject({ seq: 3, reason: 'mac_mismatch' });
    expect(report.problems).toHaveLength(1); // anchors after the break are not judged
  });

  it('an anchor whose fields were changed fails its own MAC', async () => {
    const rows = await chain(0, 3);
    const a = (await anchorOf(rows, 3, 1)).anchor;
    expect(await checkAnchorMac(keyring, a)).toBe('ok');
    expect(await checkAnchorMac(keyring, { ...a, seq: 2 })).toBe('mac_mismatch');
    expect(await checkAnchorMac(createKeyring(otherKey), a)).toBe('unknown_key');
  });

  it('the anchor log is JSON lines; a damaged line is kept to be reported', async () => {
    const a: AuditAnchor = (await anchorOf(await chain(0, 1), 1, 1)).anchor;
    const entries = parseAnchorLog(`${JSON.stringify(a)}\n{"v":1,"seq":"x"}\n\nnot json\n`);
    expect(entries.map((e) => [e.line, e.anchor?.seq ?? null])).toEqual([
      [1, 1],
      [2, null],
      [4, null],
    ]);
  });
});
