// Documents in S3-compatible storage (SPEC §6), against a real S3-compatible server started here
// (s3rver), not a mock: the bytes land in the bucket, nothing under DATA_DIR/files, and the
// download through the API returns the same bytes with the same SM3.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
// @ts-expect-error s3rver ships no type definitions
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { tinyPdf, upload, validProject } from '../helpers/projects.js';
import { PLAN_YEAR } from '../helpers/clock.js';

let ts: TestServer;
let s3: { run(): Promise<{ port: number }>; close(): Promise<void> };
let endpoint = '';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-s3-'));
beforeAll(async () => {
  s3 = new S3rver({
    port: 0,
    address: '127.0.0.1',
    directory: dir,
    silent: true,
    configureBuckets: [{ name: 'govit-docs' }],
  });
  const { port } = await s3.run();
  endpoint = `http://127.0.0.1:${port}`;
  ts = await startTestServer({
    S3_ENDPOINT: endpoint,
    S3_BUCKET: 'govit-docs',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_PREFIX: 'sucheng/',
  });
});
afterAll(async () => {
  await ts?.close();
  await s3?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('S3-compatible document storage', () => {
  it('stores uploads as objects and serves them back intact', async () => {
    const bureau = await ts.as('databureau');
    const callId = (
      await bureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `关于申报${PLAN_YEAR}年度区级信息化项目的通知` })
    ).body.id;
    const market = await ts.as('market');
    const p = (await market.post('/api/v1/projects', { callId, ...validProject('对象存储测试项目') })).body;
    const bytes = tinyPdf('stored in S3');
    const up = await upload(market, p.id, 'construction_plan', '建设方案.pdf', bytes);
    expect(up.status).toBe(201);
    expect(up.body.sm3).toBe(createHash('sm3').update(bytes).digest('hex'));

    const client = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    const [row] = (await ts.database.db.query.documents.findMany()).filter((d) => d.id === up.body.id);
    const obj = await client.send(new GetObjectCommand({ Bucket: 'govit-docs', Key: `sucheng/${row.storageKey}` }));
    const stored = Buffer.from(await obj.Body!.transformToByteArray());
    // Sealed with SM4 before it leaves the platform: the object store never holds the plain bytes.
    expect(createHash('sm3').update(stored).digest('hex')).not.toBe(up.body.sm3);
    expect(stored.includes(Buffer.from(bytes).subarray(0, 64))).toBe(false);
    expect(fs.existsSync(path.join(ts.dataDir, 'files', p.id))).toBe(false);

    const res = await fetch(`${ts.url}/api/v1/documents/${up.body.id}/download`, {
      headers: { cookie: market.cookie! },
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    expect(res.headers.get('x-content-sm3')).toBe(up.body.sm3);
  });

  it('a partial S3 configuration stops start-up naming the variable', async () => {
    const { loadConfig } = await import('../../src/server/config.js');
    expect(() => loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /S3_SECRET_ACCESS_KEY/,
    );
    expect(() => loadConfig({ S3_BUCKET: 'b' })).toThrow(/S3_ENDPOINT/);
    expect(() =>
      loadConfig({ S3_ENDPOINT: 'ftp://x', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }),
    ).toThrow(/S3_ENDPOINT/);
    expect(
      loadConfig({
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_BUCKET: 'b',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
        S3_PREFIX: 'govit',
      }).s3,
    ).toMatchObject({ prefix: 'govit/', region: 'us-east-1', forcePathStyle: true });
    expect(loadConfig({}).s3).toBeUndefined();
  });
});
