// A lock file for the embedded database folder: PGlite happily lets two processes open the same
// folder and both lose writes, so the second opener is refused with a clear message.
import fs from 'node:fs';
import path from 'node:path';

export interface DataDirLock {
  path: string;
  release(): void;
}

export class DataDirLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = path.join(dataDir, 'govit.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      // The lock file says which process holds the folder since when, for an operator: machine time is right here.
      // biome-ignore lint/plugin: diagnostic metadata of the process, not a business time
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const held = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number };
          if (held.pid === process.pid) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { path: file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid?: number; since?: string } = {};
      try {
        holder = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        /* unreadable: treat as stale */
      }
      if (holder.pid && isAlive(holder.pid)) {
        throw new DataDirLockedError(
          `数据目录 ${dataDir} 正被另一个进程 (PID ${holder.pid}，自 ${holder.since ?? '?'}) 使用，拒绝重复打开。` +
            `\nThe data folder ${dataDir} is in use by process ${holder.pid}; stop it first or use another DATA_DIR.`,
        );
      }
      fs.rmSync(file, { force: true }); // stale lock from a process that is gone
    }
  }
  throw new DataDirLockedError(`无法锁定数据目录 ${dataDir} (could not lock the data folder)`);
}
