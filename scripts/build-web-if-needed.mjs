// `npm start` builds the web UI only when dist/web is missing or older than its sources, so a
// restart is not slowed by a rebuild nobody needs.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const out = 'dist/web/index.html';
function newest(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}
const sources = ['src/web', 'index.html', 'vite.config.ts', 'package-lock.json'].filter((p) => fs.existsSync(p));
const stale = !fs.existsSync(out) || Math.max(...sources.map(newest)) > fs.statSync(out).mtimeMs;
if (stale) {
  // Say what is happening: the first build takes a while and used to print nothing (issue 13).
  console.log('正在构建网页界面（首次启动约需半分钟）… Building the web UI (about half a minute the first time)…');
  const t0 = Date.now();
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  console.log(`网页界面构建完成 Web UI built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
