// Project documents (SPEC §6): typed, versioned, SM3-hashed, checked by content, size-limited,
// downloaded with the original name; refused uploads leave nothing behind.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualCalls, auditEvents, documents, projects, users } from '../../src/db/schema.js';
import { defaultEdition } from '../../src/domain/editions/index.js';
import { freezeSubmittedDocuments, latestDocumentTypes } from '../../src/server/documents/freeze.js';
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
