// `npm run audit:verify`: walk the whole audit chain (HMAC-SM3 with the audit key; SM3 for rows from
// before keying), check every anchor of the anchor log and any exported anchors given, name the first
// broken record, and — when intact — anchor the head (issue 11 finding 1; docs/security.md 安全审计).
// Exit 0 = intact, 1 = broken, 2 = could not run. Uses the server's configuration (DATA_DIR or
// DATABASE_URL, AUDIT_KEY or AUDIT_KEY_FILE, AUDIT_ANCHOR_FILE); for the embedded database, stop the
// server first: one process per data folder.
import fs from 'node:fs';
import { openDatabase } from '../db/client.js';
import { loadConfig } from '../server/config.js';
import { openAuditTrail } from '../server/audit/trail.js';
import { systemClock } from '../server/platform/clock.js';

const HELP = `用法 Usage: npm run audit:verify [-- 选项 options]

校验审计日志 (verify the audit trail):
  - 逐条校验哈希链：有密钥的记录用 HMAC-SM3（审计密钥），启用密钥之前的记录用 SM3；
    every link: keyed rows with HMAC-SM3 under the audit key, rows from before keying with SM3;
  - 核对锚点日志 (AUDIT_ANCHOR_FILE) 和 --anchor 给出的导出锚点：每个锚定的 (seq, hash) 必须仍在且一致，
    删除最新记录（截断）和改写后重新链接都会被指出；
    every anchored (seq, hash) of the anchor log and of --anchor exports must still be there and equal,
    so deleting the newest rows and re-linking after a change are both named;
  - 完整时把当前链头写入锚点日志 (anchors the head when intact).

选项 Options:
  --anchor FILE   另外核对审计管理员导出的锚点（GET /api/v1/audit-events/anchor 的 JSON，单个、数组或每行一个）
                  also check anchors exported by the audit admin (JSON: one, an array, or one per line)
  --no-anchor     只校验，不写锚点 (verify only; append no anchor)
  --json          输出 JSON 报告 (print the JSON report)
  -h, --help      显示本说明 (this help)

配置 Configuration (与服务器相同 / as the server): DATA_DIR 或 DATABASE_URL；AUDIT_KEY 或 AUDIT_KEY_FILE
（未设置时使用 DATA_DIR/audit.key，仅限演示）；AUDIT_ANCHOR_FILE（默认 DATA_DIR/audit-anchors.log，仅限演示）。
内置数据库请先停止服务器 (embedded database: stop the server first).

退出码 Exit: 0 完整 intact · 1 被破坏 broken · 2 无法校验 could not run`;

function readExports(file: string): unknown[] {
  const text = fs.readFileSync(file, 'utf8').trim();
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value : [value];
  } catch {
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        try {
          return JSON.parse(l) as unknown;
        } catch {
          return null;
        }
      });
  }
}

function parseArgs(argv: string[]) {
  const out = { help: false, anchor: true, json: false, exports: [] as unknown[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') out.help = true;
    else if (a === '--no-anchor') out.anchor = false;
    else if (a === '--json') out.json = true;
    else if (a === '--anchor' && argv[i + 1]) out.exports.push(...readExports(argv[++i]));
    else throw new Error(`未知参数 unknown argument: ${a} (--help)`);
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const config = loadConfig();
  const database = await openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    migrationDatabaseUrl: config.migrationDatabaseUrl,
  });
  try {
    const trail = openAuditTrail(config);
    for (const w of trail.warnings) console.error(`警告 warning: ${w}`);
    const r = await trail.verify(database.db, systemClock.now(), { exports: args.exports, anchor: args.anchor });
    if (args.json) console.log(JSON.stringify(r, null, 2));
    const anchors = `锚点 anchors: ${r.anchors.matched}/${r.anchors.valid} 一致 matched (${trail.anchorFile}${args.exports.length ? ` + ${args.exports.length} 导出 exported` : ''})`;
    if (r.ok) {
      if (!args.json) {
        console.log(
          `审计日志完整 (audit chain intact): ${r.checked} 条记录 (${r.keyed} 条 HMAC-SM3, ${r.unkeyed} 条启用密钥前的 SM3), 末条 seq=${r.lastSeq ?? '-'}, head=${r.headHash}`,
        );
        console.log(`  ${anchors}`);
        if (r.anchored) console.log(`  已写入新锚点 anchored: seq=${r.anchored.seq} → ${trail.anchorFile}`);
        if (r.anchors.valid === 0 && r.keyed > 0)
          console.log('  注意 note: 没有锚点，无法发现删除最新记录 (no anchor yet: truncation cannot be seen)');
      }
      return 0;
    }
    if (!args.json) {
      const b = r.firstBroken!;
      console.log(
        `审计日志被破坏 (audit chain BROKEN): 第一条被破坏的记录 first broken record seq=${b.seq ?? '-'} (${b.action ?? '?'}, ${b.at ?? '?'})`,
      );
      console.log(`  原因 reason [${b.reason}]: ${b.message}\n                    ${b.messageEn}`);
      if (b.expected || b.found)
        console.log(`  期望 expected: ${b.expected ?? '-'}\n  实际 found:    ${b.found ?? '-'}`);
      console.log(`  此前完好 intact before it: ${r.checked} 条; ${anchors}`);
      for (const p of r.problems.slice(1, 6)) console.log(`  另见 also: #${p.seq ?? '-'} [${p.reason}] ${p.message}`);
    }
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`无法校验 (cannot verify): ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
