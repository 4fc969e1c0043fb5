// Project documents (SPEC §6): typed, versioned, SM3-hashed, checked by content, size-limited,
// downloaded with the original name; refused uploads leave nothing behind.
import { spawnSync } from 'node:child_process';
import crypto, { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualCalls, auditEvents, documents, projects, users } from '../../src/db/schema.js';
import { defaultEdition } from '../../src/domain/editions/index.js';
import { secureDataDir } from '../../src/db/data-dir.js';
import { loadConfig } from '../../src/server/config.js';
import { freezeSubmittedDocuments, latestDocumentTypes } from '../../src/server/documents/freeze.js';
import { openDocumentStore } from '../../src/server/storage/document-store.js';
import { softwareKeyId } from '../../src/server/storage/file-keys.js';
import { keyPlacementRefusal, keyPlacementWarnings } from '../../src/server/storage/key-placement.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';

const sm3 = (b: Uint8Array) => createHash('sm3').update(b).digest('hex');
const pdf = (text: string) =>
  new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const exe = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(500, 0x41)]);

/** A minimal stored (uncompressed) ZIP, enough for an OFD package (GB/T 33190). */
function zip(entries: Record<string, string>): Buffer {
  const u16 = (v: number) => {
    const b = Buffer.alloc(2);
    b.writeUInt16LE(v);
    return b;
  };
  const u32 = (v: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    return b;
  };
  const local: Buffer[] = [],
    central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const n = Buffer.from(name),
      d = Buffer.from(text);
    const common = [
      u16(20),
      u16(0),
      u16(0),
      u32(0),
      u32(zlib.crc32(d)),
      u32(d.length),
      u32(d.length),
      u16(n.length),
      u16(0),
    ];
    local.push(u32(0x04034b50), ...common, n, d);
    central.push(u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), n);
    offset += 30 + n.length + d.length;
  }
  const cd = Buffer.concat(central),
    count = Object.keys(entries).length;
  return Buffer.concat([
    ...local,
    cd,
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(count),
    u16(count),
    u32(cd.length),
    u32(offset),
    u16(0),
  ]);
}

/** Every file under DATA_DIR/files (the temp folder included). */
function storedFiles(ts: TestServer): string[] {
  const root = path.join(ts.dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) =>
    fs.statSync(path.join(root, f)).isFile(),
  );
}

async function download(c: Client, id: string) {
  const res = await fetch(`${c.base}/api/v1/documents/${id}/download`, {
    headers: c.cookie ? { cookie: c.cookie } : {},
  });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** A draft project of the 'edu' unit, inserted directly (the project API is another module's). */
async function makeProject(ts: TestServer, planYear: number): Promise<string> {
  const { db } = ts.database;
  const [u] = await db.select().from(users).where(eq(users.username, 'edu'));
  const [call] = await db
    .insert(annualCalls)
    .values({
      createdAt: ts.clock.now(),
      updatedAt: ts.clock.now(),
      planYear,
      title: `${planYear} 年度信息化项目申报`,
      deadlineAt: new Date(ts.clock.now().getTime() + 86_400_000),
      editionId: defaultEdition.id,
      createdBy: u.id,
    })
    .returning();
  const [p] = await db
    .insert(projects)
    .values({
      createdAt: ts.clock.now(),
      updatedAt: ts.clock.now(),
      code: `SC-${planYear}-0001`,
      callId: call.id,
      editionId: call.editionId,
      planYear,
      name: '智慧教育平台',
      declaringOrgId: u.orgId,
      createdBy: u.id,
      stage: 'draft',
    })
    .returning();
  return p.id;
}

describe('project documents', () => {
  let ts: TestServer, edu: Client, projectId: string;
  const url = () => `/api/v1/projects/${projectId}/documents`;
  const up = (c: Client, docType: string, name: string, bytes: Uint8Array) =>
    c.upload(url(), { docType }, { name, bytes });
  const rowCount = async () =>
    (await ts.database.db.select().from(documents).where(eq(documents.ownerId, projectId))).length;

  beforeAll(async () => {
    ts = await startTestServer();
    edu = await ts.as('edu');
    projectId = await makeProject(ts, 2090);
  });
  afterAll(async () => {
    await ts?.close();
  });

  const names = {
    pdf: '项目申报表（盖章版）.pdf',
    docx: '建设方案 2027版.docx',
    png: "集体研究意见 #1 (扫描) 'a'.png",
  };
  const ids: Record<string, string> = {};
  const v1 = pdf('申报表 v1');

  it('uploads a PDF, a .docx and a PNG, each hashed with SM3 and typed by content', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('宿城区智慧教育平台建设方案')] }] }),
    );
    const cases = [
      ['declaration_form', names.pdf, v1, 'application/pdf'],
      [
        'construction_plan',
        names.docx,
        docx,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['collective_decision', names.png, PNG_1PX, 'image/png'],
    ] as const;
    for (const [docType, name, bytes, type] of cases) {
      const res = await up(edu, docType, name, bytes);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        docType,
        version: 1,
        fileName: name,
        contentType: type,
        sizeBytes: bytes.length,
        sm3: sm3(bytes),
        uploadedBy: expect.any(String),
      });
      expect(Date.parse(res.body.uploadedAt)).not.toBeNaN();
      ids[docType] = res.body.id;
    }
  });

  it('accepts OFD and a legacy Word file, told apart by their content', async () => {
    const ofd = zip({ 'OFD.xml': '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>', 'Doc_0/Document.xml': '<x/>' });
    expect((await up(edu, 'basis_documents', '立项依据.ofd', ofd)).body).toMatchObject({
      contentType: 'application/ofd',
      version: 1,
    });
    const doc = Buffer.concat([
      Buffer.from('d0cf11e0a1b11ae1', 'hex'),
      Buffer.alloc(504),
      Buffer.from('WordDocument', 'utf16le'),
      Buffer.alloc(64),
    ]);
    expect((await up(edu, 'other', '说明.doc', doc)).body).toMatchObject({ contentType: 'application/msword' });
  });

  it('a second upload of a type is the next version; the first is kept', async () => {
    const res = await up(edu, 'declaration_form', '项目申报表（修订）.pdf', pdf('申报表 v2'));
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(2);
    const list = await edu.get(url());
    expect(list.status).toBe(200);
    const form = list.body.items.find((i: { docType: string }) => i.docType === 'declaration_form');
    expect(form).toMatchObject({
      version: 2,
      fileName: '项目申报表（修订）.pdf',
      docTypeName: '项目申报表',
      withdrawable: true,
    });
    expect(form.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(list.body.items.map((i: { docType: string }) => i.docType).slice(0, 3)).toEqual([
      'declaration_form',
      'construction_plan',
      'basis_documents',
    ]);
    expect(list.body.requiredTypes).toEqual(
      expect.arrayContaining([
        { code: 'collective_decision', zh: '集体研究意见', en: 'Collective decision', uploaded: true },
      ]),
    );
    expect(list.body.requiredTypes.every((t: { uploaded: boolean }) => t.uploaded)).toBe(true);
    expect(await latestDocumentTypes(ts.database.db, projectId)).toEqual(
      new Set(['declaration_form', 'construction_plan', 'collective_decision', 'basis_documents', 'other']),
    );
  });

  it('downloads identical bytes with the original Chinese name and its SM3', async () => {
    for (const [docType, name] of [
      ['declaration_form', names.pdf],
      ['collective_decision', names.png],
    ]) {
      const res = await download(edu, ids[docType]);
      expect(res.status).toBe(200);
      const m = /^attachment;.*filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '');
      expect(decodeURIComponent(m![1])).toBe(name);
      expect(res.headers.get('x-content-sm3')).toBe(sm3(res.bytes));
      if (docType === 'declaration_form') expect(Buffer.from(res.bytes).equals(Buffer.from(v1))).toBe(true);
    }
    const audits = await ts.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.downloaded'), eq(auditEvents.targetId, ids.declaration_form)));
    expect(audits).toHaveLength(1);
  });

  it('refuses an .exe renamed .pdf, an .xlsx and a PDF named .docx with 415; nothing is stored', async () => {
    const before = { rows: await rowCount(), files: storedFiles(ts).length };
    const res = await up(edu, 'construction_plan', 'plan.pdf', exe());
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    expect(res.body.message).toMatch(/不支持的文件类型.*PDF/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('预算').addRow(['开发费', 100]);
    expect((await up(edu, 'other', '预算.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()))).status).toBe(415);
    const renamed = await up(edu, 'other', '方案.docx', pdf('x'));
    expect(renamed.status).toBe(415);
    expect(renamed.body.message).toContain('扩展名与内容不符');
    expect({ rows: await rowCount(), files: storedFiles(ts).length }).toEqual(before);
  });

  it('refuses a bad docType, a missing file and an empty file with 400', async () => {
    expect((await up(edu, 'budget_sheet', 'a.pdf', pdf('x'))).body).toMatchObject({ status: 400, field: 'docType' });
    expect(
      (await edu.upload(url(), { docType: 'other' }, { name: 'a.pdf', bytes: pdf('x'), field: 'attachment' })).status,
    ).toBe(400);
    expect((await up(edu, 'other', 'empty.pdf', new Uint8Array())).body).toMatchObject({
      status: 400,
      code: 'FILE_EMPTY',
    });
    expect((await edu.post(url(), { docType: 'other' })).body).toMatchObject({
      status: 415,
      code: 'MULTIPART_REQUIRED',
    });
  });

  it('another unit can neither list, upload nor download (404); a reviewer can once the project is declared', async () => {
    const health = await ts.as('health');
    expect((await health.get(url())).status).toBe(404);
    expect((await download(health, ids.declaration_form)).status).toBe(404);
    expect((await up(health, 'other', 'x.pdf', pdf('x'))).status).toBe(404);
    const cyber = await ts.as('cyberspace');
    expect((await download(cyber, ids.declaration_form)).status).toBe(404);
    await ts.database.db.update(projects).set({ stage: 'submitted' }).where(eq(projects.id, projectId));
    const res = await download(cyber, ids.declaration_form);
    expect([res.status, Buffer.from(res.bytes).equals(Buffer.from(v1))]).toEqual([200, true]);
    expect((await up(cyber, 'other', 'x.pdf', pdf('x'))).status).toBe(403);
    await ts.database.db.update(projects).set({ stage: 'draft' }).where(eq(projects.id, projectId));
  });

  it('withdraws a never-submitted version; a submitted version and a submitted project are frozen', async () => {
    const current = async () =>
      (await edu.get(url())).body.items.find((i: { docType: string }) => i.docType === 'declaration_form');
    const v2 = await current();
    expect((await edu.request('DELETE', `/api/v1/documents/${v2.id}`)).status).toBe(200);
    expect(await current()).toMatchObject({ id: ids.declaration_form, version: 1 });
    expect((await download(edu, v2.id)).status).toBe(404);
    expect((await up(edu, 'declaration_form', '第三版.pdf', pdf('v3'))).body.version).toBe(3); // numbers are never reused

    const frozen = await ts.database.db.transaction((tx) => freezeSubmittedDocuments(tx, projectId, ts.clock.now()));
    expect(frozen).toHaveLength(5);
    const v3 = await current();
    expect(frozen).toContain(v3.id);
    expect(v3).toMatchObject({ version: 3, submittedAt: expect.any(String), withdrawable: false });
    expect((await edu.request('DELETE', `/api/v1/documents/${v3.id}`)).body).toMatchObject({
      status: 409,
      code: 'DOCUMENT_SUBMITTED',
    });
    await ts.database.db.update(projects).set({ stage: 'submitted' }).where(eq(projects.id, projectId));
    expect((await up(edu, 'other', 'late.pdf', pdf('x'))).body).toMatchObject({ status: 409, code: 'WRONG_STAGE' });
  });
});

describe('upload size limit', () => {
  let ts: TestServer, edu: Client, projectId: string;
  beforeAll(async () => {
    ts = await startTestServer({ UPLOAD_MAX_MB: '1' });
    edu = await ts.as('edu');
    projectId = await makeProject(ts, 2091);
  });
  afterAll(async () => {
    await ts?.close();
  });

  it.each([
    ['a 2 MB file (refused from its declared length)', 2 * 1024 * 1024],
    ['a file just over 1 MB (refused while streaming)', 1024 * 1024 + 100],
  ])('%s → 413 with a Chinese message, nothing left behind', async (_label, size) => {
    const big = Buffer.concat([Buffer.from(pdf('big')), Buffer.alloc(size, 0x20)]);
    const res = await edu.upload(
      `/api/v1/projects/${projectId}/documents`,
      { docType: 'construction_plan' },
      { name: '建设方案.pdf', bytes: big },
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('文件超过大小上限（1 MB）'),
    });
    expect(await ts.database.db.select().from(documents)).toHaveLength(0);
    expect(storedFiles(ts)).toEqual([]);
    // The server is still fine afterwards.
    expect(
      (
        await edu.upload(
          `/api/v1/projects/${projectId}/documents`,
          { docType: 'construction_plan' },
          { name: 'ok.pdf', bytes: pdf('ok') },
        )
      ).status,
    ).toBe(201);
    await ts.database.db.delete(documents);
    fs.rmSync(path.join(ts.dataDir, 'files', projectId), { recursive: true, force: true });
  });
});

// ── At rest (issue 11, finding 6): SM4-CTR + HMAC-SM3 per file, the SM3 shown is the plaintext's ──

/** The stored (sealed) file of a document on the local disk. */
async function storedPath(ts: TestServer, docId: string): Promise<string> {
  const [row] = await ts.database.db.select().from(documents).where(eq(documents.id, docId));
  return path.join(ts.dataDir, 'files', ...row.storageKey.split('/'));
}

/** Every file and folder under `root` that group or others may read, write or enter. */
function openToOthers(root: string): string[] {
  const all = ['', ...(fs.readdirSync(root, { recursive: true }) as string[])];
  return all
    .map((rel) => ({ rel, st: fs.lstatSync(path.join(root, rel)) }))
    .filter(({ st }) => !st.isSymbolicLink() && st.mode & 0o077)
    .map(({ rel, st }) => `${rel || '.'} ${(st.mode & 0o777).toString(8)}`);
}

const SECRET_MARK = 'GOVIT-明文标记-7f3a9c-宿城区机密';

describe('documents encrypted at rest', () => {
  let ts: TestServer, edu: Client, projectId: string;
  const up = (name: string, bytes: Uint8Array, docType = 'construction_plan') =>
    edu.upload(`/api/v1/projects/${projectId}/documents`, { docType }, { name, bytes });

  beforeAll(async () => {
    ts = await startTestServer();
    edu = await ts.as('edu');
    projectId = await makeProject(ts, 2092);
  });
  afterAll(async () => {
    await ts?.close();
  });

  it('the bytes on disk are not the plaintext; the download is, with the plaintext SM3', async () => {
    const plain = pdf(`${SECRET_MARK} ${'正文'.repeat(200)}`);
    const res = await up('加密测试.pdf', plain);
    expect(res.status).toBe(201);
    expect(res.body.sm3).toBe(sm3(plain));
    const stored = fs.readFileSync(await storedPath(ts, res.body.id));
    expect(stored.subarray(0, 8).toString('latin1')).toBe('GOVITENC');
    expect(stored.includes(Buffer.from(SECRET_MARK))).toBe(false);
    expect(stored.includes(Buffer.from('%PDF-1.4'))).toBe(false);
    expect(sm3(stored)).not.toBe(sm3(plain));
    const down = await download(edu, res.body.id);
    expect(down.status).toBe(200);
    expect(Buffer.from(down.bytes).equals(Buffer.from(plain))).toBe(true);
    expect(down.headers.get('x-content-sm3')).toBe(sm3(plain));
    expect(down.headers.get('content-length')).toBe(String(plain.length));
    // Two uploads of the same bytes are sealed differently (a random data key and IV per file).
    const again = await up('加密测试2.pdf', plain);
    expect(fs.readFileSync(await storedPath(ts, again.body.id)).equals(stored)).toBe(false);
  });

  it('a file of several MB streams through intact (every chunk boundary)', async () => {
    const body = Buffer.alloc(3 * 1024 * 1024 + 12_345);
    for (let i = 0; i < body.length; i++) body[i] = (i * 7919) & 0xff;
    const plain = Buffer.concat([Buffer.from(pdf('big')), body]);
    const res = await up('大文件.pdf', plain);
    expect(res.status).toBe(201);
    const down = await download(edu, res.body.id);
    expect([down.status, down.bytes.length, sm3(down.bytes)]).toEqual([200, plain.length, sm3(plain)]);
  });

  /** A tamper: flip the bits `mask` of the byte at `at(b)`. */
  const flip =
    (at: (b: Buffer) => number, mask: number) =>
    (b: Buffer): Buffer => {
      const i = at(b);
      b.writeUInt8(b[i] ^ mask, i);
      return b;
    };

  it('a tampered stored file is refused on download (HMAC-SM3) with a clear error, and so is a truncated one', async () => {
    const plain = pdf(`${SECRET_MARK} tamper`);
    const cases: [string, (b: Buffer) => Buffer][] = [
      ['one ciphertext bit', flip((b) => b.length - 40, 1)],
      ['the tag', flip((b) => b.length - 1, 0x80)],
      ['the IV in the header', flip(() => 140, 1)],
      ['truncated', (b) => b.subarray(0, b.length - 10)],
      ['appended', (b) => Buffer.concat([b, Buffer.from('x')])],
    ];
    for (const [label, change] of cases) {
      const res = await up(`篡改-${cases.findIndex((c) => c[0] === label)}.pdf`, plain);
      const file = await storedPath(ts, res.body.id);
      fs.writeFileSync(file, change(fs.readFileSync(file)));
      const down = await edu.get(`/api/v1/documents/${res.body.id}/download`);
      expect([label, down.status, down.body.code]).toEqual([label, 500, 'DOCUMENT_INTEGRITY_FAILED']);
      expect(down.body.message).toContain('完整性校验失败');
      expect(down.body.messageEn).toMatch(/integrity/);
      expect(JSON.stringify(down.body)).not.toContain(SECRET_MARK);
    }
    // The server still serves an intact file afterwards (no descriptor or stream left hanging).
    const ok = await up('完好.pdf', plain);
    expect((await download(edu, ok.body.id)).status).toBe(200);
  });

  it('a file sealed under a master key that is not configured is refused, naming the key as the cause', async () => {
    const res = await up('其他密钥.pdf', pdf('other key'));
    const file = await storedPath(ts, res.body.id);
    const b = fs.readFileSync(file);
    const n = b[10];
    b.write('0'.repeat(n - 4), 15, 'ascii'); // "sm4-" + another id
    fs.writeFileSync(file, b);
    const down = await edu.get(`/api/v1/documents/${res.body.id}/download`);
    expect([down.status, down.body.code]).toEqual([500, 'DOCUMENT_KEY_UNAVAILABLE']);
  });

  it('a file stored before encryption (plain, no header) still downloads', async () => {
    const plain = pdf('stored in 2025, before encryption');
    // A project of its own: the tamper tests above leave damaged files in the shared one.
    const own = await makeProject(ts, 2093);
    const res = await edu.upload(
      `/api/v1/projects/${own}/documents`,
      { docType: 'construction_plan' },
      { name: '旧文件.pdf', bytes: plain },
    );
    fs.writeFileSync(await storedPath(ts, res.body.id), plain, { mode: 0o600 });
    const down = await download(edu, res.body.id);
    expect(down.status).toBe(200);
    expect(Buffer.from(down.bytes).equals(Buffer.from(plain))).toBe(true);
    expect(down.headers.get('x-content-sm3')).toBe(sm3(plain));
    const zipped = await fetch(`${ts.url}/api/v1/projects/${own}/archive.zip`, {
      headers: { cookie: edu.cookie! },
    });
    expect(zipped.status).toBe(200); // the archive reads old and sealed files alike
    await zipped.arrayBuffer();
  });

  it('npm run files:rekey seals every file under the new key, old and plain ones too; the old key alone no longer reads them', async () => {
    const plain = pdf(`${SECRET_MARK} rekey`);
    const sealed = await up('换密钥.pdf', plain);
    const legacy = await up('换密钥-旧.pdf', plain);
    fs.writeFileSync(await storedPath(ts, legacy.body.id), plain, { mode: 0o600 });
    const demoKey = fs
      .readFileSync(path.join(ts.dataDir, 'file.key'), 'utf8')
      .split('\n')
      .find((l) => /^[0-9a-f]{32}$/.test(l))!;
    const newKey = crypto.randomBytes(16).toString('hex');
    const env = { ...process.env, DATA_DIR: ts.dataDir, FILE_KEY: `${newKey},${demoKey}`, DATABASE_URL: '' };
    // The tampered files of the test above are reported, not re-sealed, and make the run exit 1.
    const run = spawnSync('npx', ['tsx', 'scripts/files-rekey.ts'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout).toMatch(/re-sealed from sm4-[0-9a-f]{16}: \d+/);
    expect(run.stdout).toMatch(/sealed \(stored before encryption\): [1-9]/);
    expect(run.stderr).toMatch(/FAILED .*HMAC-SM3/);
    expect(run.status).toBe(1);
    const newId = softwareKeyId(Buffer.from(newKey, 'hex'));
    for (const id of [sealed.body.id, legacy.body.id]) {
      const b = fs.readFileSync(await storedPath(ts, id));
      expect(b.toString('ascii', 11, 11 + b[10])).toBe(newId);
      expect(b.includes(Buffer.from(SECRET_MARK))).toBe(false);
    }
    // The running server holds only the demo key: it can no longer open them.
    expect((await edu.get(`/api/v1/documents/${sealed.body.id}/download`)).body.code).toBe('DOCUMENT_KEY_UNAVAILABLE');
    // The new key alone opens both.
    const store = openDocumentStore({ ...ts.config, fileKeys: [newKey] }, { generateDemoKey: false });
    for (const id of [sealed.body.id, legacy.body.id]) {
      const [row] = await ts.database.db.select().from(documents).where(eq(documents.id, id));
      const got = await store.get(row.storageKey);
      const chunks: Buffer[] = [];
      for await (const c of got.stream) chunks.push(c as Buffer);
      expect(sm3(Buffer.concat(chunks))).toBe(sm3(plain));
    }
    // A second run has nothing left to do but the broken files.
    const again = spawnSync('npx', ['tsx', 'scripts/files-rekey.ts', '--dry-run'], { env, encoding: 'utf8' });
    expect(again.stdout).not.toMatch(/re-sealed from/);
    expect(again.stdout).toMatch(/stored before encryption\): 0/);
  });
});

describe('a fresh start: permissions and where the keys are', () => {
  it('no file or folder under DATA_DIR is open to group or others (database, files, temp, keys)', async () => {
    // Another DEMO_PASSWORD: a database of its own (initdb, migrations, seed), not the copied template.
    const ts = await startTestServer({ DEMO_PASSWORD: 'Fresh@Start2026' });
    try {
      const edu = await ts.as('edu', 'Fresh@Start2026');
      const projectId = await makeProject(ts, 2093);
      const res = await edu.upload(
        `/api/v1/projects/${projectId}/documents`,
        { docType: 'other' },
        { name: 'p.pdf', bytes: pdf('perm') },
      );
      expect(res.status).toBe(201);
      // On a PostgreSQL server (DATABASE_URL) the database lives in its own cluster, not in DATA_DIR.
      const embedded = process.env.DATABASE_URL ? [] : ['pgdata'];
      for (const p of [...embedded, 'files', 'files/tmp', 'secret.key', 'file.key'])
        expect(fs.existsSync(path.join(ts.dataDir, p)), p).toBe(true);
      expect(openToOthers(ts.dataDir)).toEqual([]);
      expect(fs.statSync(ts.dataDir).mode & 0o777).toBe(0o700);
    } finally {
      await ts.close();
    }
  });

  it('a data folder left open by an older version is tightened at start, with a warning', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-wide-'));
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const file = path.join(dir, 'pgdata', 'base', '1234');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, 'x');
      for (const [p, mode] of [
        [dir, 0o755],
        [path.join(dir, 'pgdata'), 0o755],
        [path.join(dir, 'pgdata', 'base'), 0o750],
        [file, 0o666],
      ] as const)
        fs.chmodSync(p, mode);
      secureDataDir(dir);
      await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
      expect(openToOthers(dir)).toEqual([]);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(warnings.join('\n')).toMatch(/4 entries under DATA_DIR were group\/world accessible/);
    } finally {
      process.off('warning', onWarning);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a production start (DEMO_SEED=false) refuses a document key inside DATA_DIR; a demo start warns loudly', () => {
    const base = { dataDir: '/srv/govit', s3: undefined, secretKey: undefined, secretKeyFile: undefined };
    const prod = { ...base, demoSeed: false, fileKeys: undefined, fileKeyFile: undefined };
    expect(keyPlacementRefusal(prod)).toMatch(/FILE_KEY 或 FILE_KEY_FILE/);
    expect(keyPlacementRefusal({ ...prod, fileKeys: ['0'.repeat(32)] })).toBeNull();
    expect(keyPlacementRefusal({ ...prod, fileKeyFile: '/etc/govit/file.key' })).toBeNull();
    expect(keyPlacementRefusal({ ...prod, demoSeed: true })).toBeNull();
    expect(keyPlacementWarnings({ ...prod, demoSeed: true }).join('\n')).toMatch(/仅可用于演示[\s\S]*demo only/);
    expect(keyPlacementWarnings({ ...prod, fileKeyFile: '/srv/govit/k.key' }).join('\n')).toMatch(/inside DATA_DIR/);
    expect(() => loadConfig({ FILE_KEY: 'abc' })).toThrow(/FILE_KEY/);
    expect(() => loadConfig({ FILE_KEY: '0'.repeat(32), FILE_KEY_FILE: '/k' })).toThrow(/FILE_KEY_FILE/);
    expect(loadConfig({ FILE_KEY: `${'A'.repeat(32)},${'b'.repeat(32)}` }).fileKeys).toEqual([
      'a'.repeat(32),
      'b'.repeat(32),
    ]);
  });
});
