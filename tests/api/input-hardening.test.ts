// Uploads and inputs hardened (issue 11, findings 5 and 8; 等保 level 3 入侵防范, 安全审计): a multipart
// body that never ends is refused within seconds with its temp file and descriptor released; NUL and
// other control characters are refused with 400; bidi overrides leave file names; a full disk answers
// 507 and /health says the storage is not writable; declaration-form exports and refused id probes
// are audited.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents } from '../../src/db/schema.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';
import { tinyPdf, upload, validProject } from '../helpers/projects.js';
import { PLAN_YEAR } from '../helpers/clock.js';

let ts: TestServer;
const c: Record<string, Client> = {};
let market: string;
let civil: string;
beforeAll(async () => {
  ts = await startTestServer();
  for (const u of ['databureau', 'market', 'civil']) c[u] = await ts.as(u);
  const callId = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` }))
    .body.id;
  market = (await c.market.post('/api/v1/projects', { callId, ...validProject('市场监管输入加固测试') })).body.id;
  civil = (await c.civil.post('/api/v1/projects', { callId, ...validProject('民政输入加固测试') })).body.id;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await ts?.close();
});

const tmpDir = () => path.join(ts.dataDir, 'files', 'tmp');
const partFiles = () => (fs.existsSync(tmpDir()) ? fs.readdirSync(tmpDir()).filter((f) => f.endsWith('.part')) : []);
/** Descriptors this process (the server runs in it) holds on upload temp files. */
const openPartDescriptors = () => {
  if (!fs.existsSync('/proc/self/fd')) return [];
  return fs
    .readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target.includes(tmpDir()) && /\.part/.test(target));
};

/** Sends a multipart upload whose body stops before the closing boundary; resolves with the raw answer. */
function truncatedUpload(projectId: string, cookie: string, waitMs: number): Promise<string | null> {
  const { port } = new URL(ts.url);
  const boundary = '----govit-truncated';
  const head = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="docType"',
    '',
    'construction_plan',
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="plan.pdf"',
    'Content-Type: application/pdf',
    '',
    '%PDF-1.4\n% half a file, and then nothing more\n',
  ].join('\r\n');
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(answer || null);
    }, waitMs);
    socket.on('data', (d) => {
      answer += d.toString('utf8');
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer || null);
    });
    socket.on('error', () => undefined);
    socket.write(
      [
        `POST /api/v1/projects/${projectId}/documents HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        `Cookie: ${cookie}`,
        `Content-Type: multipart/form-data; boundary=${boundary}`,
        // Promises far more than it sends, like a client that stalls mid-upload.
        'Content-Length: 200000',
        '',
        head,
      ].join('\r\n'),
    );
  });
}

async function audited(action: string, targetId: string) {
  return ts.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)));
}

describe('a truncated multipart upload', () => {
  it('is refused within seconds; no temp file and no descriptor is left behind', async () => {
    const started = performance.now();
    const answers = await Promise.all([1, 2, 3].map(() => truncatedUpload(market, c.market.cookie!, 25_000)));
    const seconds = (performance.now() - started) / 1000;
    for (const a of answers) {
      expect(a, 'no answer to a truncated upload').not.toBeNull();
      expect(a).toMatch(/^HTTP\/1\.1 408/);
      expect(a).toContain('UPLOAD_TIMEOUT');
    }
    expect(seconds).toBeLessThan(20);
    // Give the server a moment to finish its clean-up after the socket closed.
    await new Promise((r) => setTimeout(r, 200));
    expect(partFiles()).toEqual([]);
    expect(openPartDescriptors()).toEqual([]);
    // And a normal upload still works afterwards.
    expect((await upload(c.market, market, 'construction_plan', 'plan.pdf', tinyPdf())).status).toBe(201);
  }, 40_000);
});

describe('control characters', () => {
  it('a NUL in the query answers 400, not 500', async () => {
    const res = await c.market.get('/api/v1/projects?q=%00');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('CONTROL_CHARACTER');
    expect(res.body.message).toMatch(/控制字符/);
    expect(res.body.messageEn).toBeTruthy();
    expect(res.body.field).toBe('q');
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
  ])('%s in a JSON body answers 400 and writes nothing', async (_name, ch) => {
    const before = (await c.market.get(`/api/v1/projects/${market}`)).body;
    const res = await c.market.patch(`/api/v1/projects/${market}`, {
      name: `名称${ch}注入`,
      version: before.version,
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('CONTROL_CHARACTER');
    expect(res.body.field).toBe('name');
    expect((await c.market.get(`/api/v1/projects/${market}`)).body.name).toBe(before.name);
  });

  it('line breaks and tabs in text stay allowed', async () => {
    const before = (await c.market.get(`/api/v1/projects/${market}`)).body;
    const res = await c.market.patch(`/api/v1/projects/${market}`, {
      form: { ...before.form, cryptoPlan: '第一段：身份鉴别采用 SM2。\r\n第二段：\t传输采用 SM4。' },
      version: before.version,
    });
    expect(res.status).toBe(200);
    expect((await c.market.get(`/api/v1/projects/${market}`)).body.form.cryptoPlan).toContain('\r\n第二段：\t');
    expect((await c.market.get('/api/v1/projects?q=%E5%B8%82%E5%9C%BA%09')).status).toBe(200);
  });
});

describe('file names', () => {
  it.each([
    ['U+202E', 'invoice\u202Efdp.exe.pdf', 'invoicefdp.exe.pdf'],
    ['U+202A…U+202D', '\u202A\u202B\u202C\u202D报告.pdf', '报告.pdf'],
    ['U+2066…U+2069', '合同\u2066\u2067\u2068\u2069.pdf', '合同.pdf'],
  ])('bidi controls (%s) are stripped', async (_name, raw, expected) => {
    const res = await upload(c.market, market, 'basis_documents', raw, tinyPdf());
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe(expected);
  });
});

describe('a full disk', () => {
  it('an upload answers 507 with a clear Chinese message and leaves nothing behind', async () => {
    // The kernel's /dev/full answers every write with ENOSPC: a real "no space left on device".
    const real = fs.createWriteStream.bind(fs);
    const spy = vi
      .spyOn(fs, 'createWriteStream')
      .mockImplementation(((p: fs.PathLike, opts?: unknown) =>
        String(p).endsWith('.part') ? real('/dev/full') : real(p, opts as never)) as typeof fs.createWriteStream);
    try {
      const res = await upload(c.market, market, 'construction_plan', 'plan.pdf', tinyPdf('x'.repeat(100_000)));
      expect(res.status).toBe(507);
      expect(res.body.code).toBe('STORAGE_FULL');
      expect(res.body.message).toMatch(/存储空间/);
      expect(res.body.messageEn).toBeTruthy();
    } finally {
      spy.mockRestore();
    }
    expect(partFiles()).toEqual([]);
  });

  it('/health reports the storage as not writable', async () => {
    const ok = await ts.client().get('/api/v1/health');
    expect(ok.status).toBe(200);
    expect(ok.body.storage).toMatchObject({ ok: true });
    const files = path.join(ts.dataDir, 'files');
    fs.renameSync(files, `${files}.away`);
    fs.writeFileSync(files, 'not a directory');
    try {
      const bad = await ts.client().get('/api/v1/health');
      expect(bad.status).toBe(503);
      expect(bad.body.status).not.toBe('ok');
      expect(bad.body.storage.ok).toBe(false);
      expect(bad.body.storage.message).toMatch(/不可写/);
    } finally {
      fs.rmSync(files);
      fs.renameSync(`${files}.away`, files);
    }
    expect((await ts.client().get('/api/v1/health')).body.storage.ok).toBe(true);
  });
});

describe('audited reads', () => {
  it('a declaration-form export (.docx) is audited', async () => {
    const res = await fetch(`${ts.url}/api/v1/projects/${market}/declaration-form.docx`, {
      headers: { cookie: c.market.cookie! },
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const rows = await audited('project.declaration_form_exported', market);
    expect(rows).toHaveLength(1);
    expect(rows[0].outcome).toBe('success');
  });

  it('probing another unit’s project id (404) is audited, as is a made-up id', async () => {
    const probe = await c.market.get(`/api/v1/projects/${civil}`);
    expect(probe.status).toBe(404);
    const made = '00000000-0000-4000-8000-000000000000';
    expect((await c.market.get(`/api/v1/projects/${made}/declaration-form.docx`)).status).toBe(404);
    for (const id of [civil, made]) {
      const rows = await ts.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'access.denied'), sql`${auditEvents.detail}->'params'->>'id' = ${id}`));
      expect(rows.length, id).toBe(1);
      expect(rows[0]).toMatchObject({ outcome: 'denied', actorUsername: 'market' });
      expect(rows[0].detail).toMatchObject({ status: 404 });
    }
  });
});
