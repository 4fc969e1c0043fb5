// The repository's root folder (the one holding package.json), wherever the running code is: the
// TypeScript sources under src/ (tests, tsx) or the server bundle under dist/server (npm start). The
// migrations (drizzle/) and the built web UI (dist/web) are found from it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`package.json not found above ${from}`);
  }
}
