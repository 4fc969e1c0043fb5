// Two measurements of the scale benchmark that are not request rates (issue 12):
// - a whole year's exports (the annual list .xlsx, the open-data CSV): time, size and the server
//   process's extra memory while it streams (the server runs in the benchmark's own process, so its
//   RSS is sampled here, every 20 ms, against the RSS just before the request);
// - the embedded database's warm start: the platform started as `npm start` starts it (the built
//   server, dist/server/main.mjs) on the kept DATA_DIR, the time until /api/v1/health answers, and the
//   process's RSS once it has been idle for a few seconds.
import { execFileSync, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';

export interface ExportFigure {
  name: string;
  ms: number;
  bytes: number;
  rows: number;
  extraMb: number;
}

/** One download, its time to the last byte and the peak RSS growth of this process while it ran. */
export async function measureExport(
  name: string,
  url: string,
  token: string,
  countRows: (body: Buffer) => Promise<number>,
): Promise<ExportFigure> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${name} → ${res.status} ${(await res.text()).slice(0, 300)}`);
  // Read chunk by chunk (as a browser saves a download), not into one string first.
  let bytes = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    chunks.push(Buffer.from(chunk));
  }
  const ms = performance.now() - t;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  // The client's copy of the file is the benchmark's, not the server's: counted out of the peak.
  const extraMb = Math.max(0, (peak - before - bytes) / 2 ** 20);
  return { name, ms, bytes, rows: await countRows(Buffer.concat(chunks)), extraMb };
}

export const exportLine = (e: ExportFigure) =>
  `${e.name}: ${e.rows.toLocaleString('en')} rows, ${(e.bytes / 2 ** 20).toFixed(1)} MB in ${(e.ms / 1000).toFixed(2)} s, ` +
  `server RSS +${e.extraMb.toFixed(0)} MB`;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const rssOf = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

/**
 * Starts the platform as `npm start` does on an existing DATA_DIR (built beforehand: a warm start):
 * the wall time until /api/v1/health answers 200, and the RSS after `idleMs` without requests.
 */
export async function measureWarmStart(
  root: string,
  dataDir: string,
  env: Record<string, string>,
  idleMs = 5000,
): Promise<{ readyMs: number; idleRssMb: number }> {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-if-needed.mjs')], { cwd: root, stdio: 'inherit' });
  const port = await freePort();
  const t = performance.now();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  delete childEnv.DATABASE_URL; // the embedded database
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist/server/main.mjs')], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${err.slice(0, 500)}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      if (performance.now() - t > 120_000) throw new Error('the server did not answer within 120 s');
      await new Promise((r) => setTimeout(r, 25));
    }
    const readyMs = performance.now() - t;
    await new Promise((r) => setTimeout(r, idleMs));
    return { readyMs, idleRssMb: rssOf(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
