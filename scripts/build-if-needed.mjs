// `npm start` builds what is missing or older than its sources, so a restart is not slowed by a
// rebuild nobody needs:
// - the web UI (vite → dist/web);
// - the server as one ES module (build-server.mjs → dist/server/main.mjs).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newest(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}
const stale = (out, sources) =>
  !fs.existsSync(out) || Math.max(...sources.filter((p) => fs.existsSync(p)).map(newest)) > fs.statSync(out).mtimeMs;

if (stale('dist/web/index.html', ['src/web', 'index.html', 'vite.config.ts', 'package-lock.json'])) {
  // Say what is happening: the first build takes a while and used to print nothing (issue 13).
  console.log('正在构建网页界面（首次启动约需半分钟）… Building the web UI (about half a minute the first time)…');
  const t0 = Date.now();
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  console.log(`网页界面构建完成 Web UI built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const serverSources = [
  'src/server',
  'src/db',
  'src/domain',
  'src/project-root.ts',
  'package-lock.json',
  'tsconfig.json',
];
if (stale('dist/server/main.mjs', serverSources)) {
  const { buildServer } = await import('./build-server.mjs');
  await buildServer();
}
