// What every route can reach: configuration, the database, the secret box. Built once at boot.
import type { Config } from './config.js';
import type { Db } from '../db/client.js';
import { readSecurityPolicy } from '../db/settings-repo.js';
import type { SecurityPolicy } from '../domain/security/policy.js';
import type { SecretBox } from './platform/secrets.js';

export interface Services {
  config: Config;
  db: Db;
  dbKind: 'pglite' | 'postgres';
  secrets: SecretBox;
  /** The security policy in force (the security admin may have changed it since boot). */
  policy(): Promise<SecurityPolicy>;
  startedAt: Date;
}

export function createServices(config: Config, db: Db, dbKind: Services['dbKind'], secrets: SecretBox): Services {
  return {
    config,
    db,
    dbKind,
    secrets,
    startedAt: new Date(),
    policy: async () => (await readSecurityPolicy(db, config.initialPolicy)).policy,
  };
}
