// What every route can reach: configuration, the database, the secret box, the clock. Built once at boot.
import type { Config } from './config.js';
import type { Db } from '../db/client.js';
import { readSecurityPolicy } from '../db/settings-repo.js';
import type { SecurityPolicy } from '../domain/security/policy.js';
import { type Clock, systemClock } from './platform/clock.js';
import type { SecretBox } from './platform/secrets.js';

export interface Services {
  config: Config;
  db: Db;
  dbKind: 'pglite' | 'postgres';
  secrets: SecretBox;
  /** "Now" for every use case and job (a request reads it once: `req.now`). */
  clock: Clock;
  /** The security policy in force (the security admin may have changed it since boot). */
  policy(): Promise<SecurityPolicy>;
  startedAt: Date;
}

export function createServices(
  config: Config,
  db: Db,
  dbKind: Services['dbKind'],
  secrets: SecretBox,
  clock: Clock = systemClock,
): Services {
  return {
    config,
    db,
    dbKind,
    secrets,
    clock,
    startedAt: clock.now(),
    policy: async () => (await readSecurityPolicy(db, config.initialPolicy)).policy,
  };
}
