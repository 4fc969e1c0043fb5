// The data folder is for this process's user only (issue 11, finding 6; 等保 §8.1.4.7): DATA_DIR and
// every folder in it 0700, every file 0600. The process umask is set to 077 before anything is
// written, and what is already there is tightened at start — with a warning naming how much was
// open to others. PGlite's initdb writes its files 0666 and pg_internal.init 0644 whatever the
// umask, so the embedded database folder is tightened again once it is open (client.ts).
import fs from 'node:fs';
import path from 'node:path';

/** Tightens `root` and everything under it (symbolic links are not followed); the paths that were wider. */
export function tightenTree(root: string): string[] {
  const wider: string[] = [];
  const visit = (p: string) => {
    const st = fs.lstatSync(p, { throwIfNoEntry: false });
    if (!st || st.isSymbolicLink()) return;
    if (st.mode & 0o077) {
      wider.push(p);
      try {
        fs.chmodSync(p, st.mode & 0o700); // the owner's bits stay, group and others lose theirs
      } catch {
        /* not ours (another owner): reported by the warning */
      }
    }
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
  };
  visit(root);
  return wider;
}

/** Creates DATA_DIR 0700 (or tightens it), sets the umask to 077, and warns when something was open to others. */
export function secureDataDir(dataDir: string): void {
  try {
    process.umask(0o077);
  } catch {
    /* worker threads cannot set the umask; the modes below still hold */
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const wider = tightenTree(dataDir);
  if (wider.length)
    process.emitWarning(
      `数据目录 ${dataDir} 中有 ${wider.length} 个文件或目录对其他用户开放，已收紧为 0700/0600 ` +
        `(${wider.length} entries under DATA_DIR were group/world accessible and were tightened to 0700/0600; ` +
        `first: ${wider.slice(0, 3).join(', ')})`,
      { code: 'GOVIT_DATA_DIR_MODE' },
    );
}
