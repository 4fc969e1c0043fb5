// `npm run files:rekey`: every stored document sealed under the current file master key (issue 11,
// finding 6; key rotation in docs/security.md). A file under an older key (still listed in FILE_KEY /
// FILE_KEY_FILE after the current one) or stored before encryption is opened — its HMAC-SM3 checked —
// and sealed again with a new data key under the current master key, replacing the stored object at
// once (a rename on disk, one PUT in S3). It walks the store, not the database, so it runs while the
// server serves: a download in progress keeps reading the object it opened.
import { sealStream, sealedKeyId } from './sealed-file.js';
import type { SealedFileStore } from './file-store.js';

export interface RekeyReport {
  /** Files already under the current key. */
  current: number;
  /** Files moved from an older master key, by that key id. */
  rekeyed: Record<string, number>;
  /** Files stored before encryption, now sealed. */
  encrypted: number;
  /** Files that could not be read (failed check, key not configured), with the reason. */
  failed: { key: string; reason: string }[];
}

export async function rekeyFiles(
  store: SealedFileStore,
  opts: { dryRun?: boolean; onFile?: (key: string, from: string | null) => void } = {},
): Promise<RekeyReport> {
  const report: RekeyReport = { current: 0, rekeyed: {}, encrypted: 0, failed: [] };
  const target = store.keys.currentKeyId;
  for await (const key of store.blobs.list()) {
    try {
      const from = await (async () => {
        const blob = await store.blobs.read(key);
        try {
          return await sealedKeyId(blob);
        } finally {
          await blob.close();
        }
      })();
      if (from === target) {
        report.current++;
        continue;
      }
      opts.onFile?.(key, from);
      const plain = await store.get(key); // checked whole before the first byte (openSealed), also in a dry run
      if (opts.dryRun) plain.stream.destroy();
      else {
        const sealed = await sealStream(plain.stream, store.keys);
        await store.blobs.write(key, sealed.stream, plain.sizeBytes + sealed.overhead);
      }
      if (from === null) report.encrypted++;
      else report.rekeyed[from] = (report.rekeyed[from] ?? 0) + 1;
    } catch (err) {
      report.failed.push({ key, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return report;
}
