// `npm run audit:verify`: walk the whole audit chain and name the first broken record.
// Exit 0 = intact, 1 = broken, 2 = could not run. Uses DATA_DIR / DATABASE_URL like the server
// (for the embedded database, stop the server first: one process per data folder).
import { openDatabase } from '../db/client.js';
import { verifyAuditChain } from '../db/audit-repo.js';
import { loadConfig } from '../server/config.js';

async function main() {
  const config = loadConfig();
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const result = await verifyAuditChain(database.db);
    if (result.ok) {
      console.log(
        `审计日志完整 (audit chain intact): ${result.checked} 条记录, 末条 seq=${result.lastSeq ?? '-'}, head=${result.headHash}`,
      );
      return 0;
    }
    const b = result.firstBroken!;
    console.log(
      `审计日志被破坏 (audit chain BROKEN): 第一条被破坏的记录 first broken record seq=${b.seq} (${b.action ?? '?'}, ${b.at ?? '?'})`,
    );
    console.log(
      `  原因 reason: ${b.reason === 'hash_mismatch' ? '记录内容被修改 (record altered)' : '前序记录被删除、插入或调换 (a record before it was deleted, inserted or moved)'}`,
    );
    console.log(
      `  期望 expected: ${b.expected}\n  实际 found:    ${b.found}\n  此前完好 intact before it: ${result.checked} 条`,
    );
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
