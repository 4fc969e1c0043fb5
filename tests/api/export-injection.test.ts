// Spreadsheet formula injection (issue 11, finding 7; OWASP "CSV Injection"): a project and a
// document named like a formula come out of every export as text, never as a formula — the annual
// list and the review results (.xlsx), the project archive's CSVs, and the public open-data CSV.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';
import { listedProject, tinyPdf, upload } from '../helpers/projects.js';
import { PLAN_YEAR } from '../helpers/clock.js';

const PAYLOAD = "=2+5+cmd|' -C calc'!A0";

let ts: TestServer;
const c: Record<string, Client> = {};
let id: string;
beforeAll(async () => {
  ts = await startTestServer();
  for (const u of ['databureau', 'cyberspace', 'finance', 'bigdata', 'market']) c[u] = await ts.as(u);
  const callId = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` }))
    .body.id;
  id = (await listedProject(c, 'market', callId, PLAN_YEAR, PAYLOAD)).id;
  const up = await upload(c.market, id, 'other', `${PAYLOAD}.pdf`, tinyPdf());
  expect(up.status).toBe(201);
  expect(up.body.fileName).toBe(`${PAYLOAD}.pdf`); // stored as given: only the exports neutralise
});
afterAll(async () => {
  await ts?.close();
});

const download = async (path: string, who?: Client) => {
  const res = await fetch(`${ts.url}${path}`, { headers: who?.cookie ? { cookie: who.cookie } : {} });
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

/** Every CSV field of `text` (RFC 4180, as our writer quotes). */
function csvFields(text: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\n') {
      out.push(field.replace(/\r$/, ''));
      field = '';
    } else field += ch;
  }
  if (field) out.push(field);
  return out.map((f) => f.replace(/^\uFEFF/, ''));
}

/** A field a spreadsheet would evaluate: starts with = + - @ tab or CR. */
const isFormula = (f: string) => /^[=+\-@\t\r]/.test(f);

function expectNeutralCsv(text: string, needle: string) {
  const fields = csvFields(text);
  const hits = fields.filter((f) => f.includes(needle));
  expect(hits.length, `"${needle}" not found`).toBeGreaterThan(0);
  for (const f of hits) {
    expect(isFormula(f), f).toBe(false);
    expect(f.startsWith(`'${needle}`), f).toBe(true);
  }
  expect(fields.filter(isFormula)).toEqual([]);
}

async function expectNeutralXlsx(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  let found = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        expect(typeof v === 'object' && v !== null && 'formula' in v, `${cell.address} is a formula`).toBe(false);
        if (typeof v === 'string' && isFormula(v)) {
          found++;
          // Written as text: the cell's number format is Text ('@'), so Excel never evaluates it.
          expect(cell.numFmt, cell.address).toBe('@');
        }
      }),
    );
  expect(found).toBeGreaterThan(0);
}

describe('every export neutralises formula-like cells', () => {
  it('the public open-data CSV', async () => {
    const text = (await download(`/api/v1/open-data/projects?format=csv&year=${PLAN_YEAR}`)).toString('utf8');
    expectNeutralCsv(text, PAYLOAD);
  });

  it('the project archive: 材料清单.csv and 办理记录.csv', async () => {
    const zip = await JSZip.loadAsync(await download(`/api/v1/projects/${id}/archive.zip`, c.market));
    const inventory = zip.file(/材料清单\.csv$/)[0];
    expectNeutralCsv(await inventory.async('string'), `${PAYLOAD}.pdf`);
    const history = await zip.file(/办理记录\.csv$/)[0].async('string');
    expect(csvFields(history).filter(isFormula)).toEqual([]);
  });

  it('the annual list (.xlsx)', async () => {
    await expectNeutralXlsx(await download(`/api/v1/annual-list/export?year=${PLAN_YEAR}`, c.market));
  });

  it('the review results (.xlsx)', async () => {
    await expectNeutralXlsx(await download(`/api/v1/review-results/export?year=${PLAN_YEAR}`, c.databureau));
  });
});
