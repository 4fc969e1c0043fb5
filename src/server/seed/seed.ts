// First-start seeding. Built-in roles are always ensured. An empty database gets the demo district
// (DEMO_SEED, default on) or, for production, only the three administrator accounts. Passwords are
// random per install and printed once (and kept in DATA_DIR/initial-accounts.txt, mode 0600).
import fs from 'node:fs';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../db/audit-repo.js';
import { organizations, roles, users } from '../../db/schema.js';
import { ADMIN_ROLES, BUSINESS_ROLES } from '../../domain/access/roles.js';
import type { Config } from '../config.js';
import { hashPassword } from '../auth/passwords.js';
import { DEMO_ORGS, DEMO_USERS, type SeedOrg, type SeedUser } from './district.js';

export interface SeededAccount {
  username: string;
  password: string | null;
  note: string;
  org: string;
}
export interface SeedReport {
  created: boolean;
  demo: boolean;
  accounts: SeededAccount[];
}

const PLATFORM_ORG: SeedOrg = {
  code: 'platform',
  name: '平台运维管理',
  nameEn: 'Platform administration',
  roles: [],
  kind: 'public_institution',
};

/**
 * A one-time password easy to read out and type (issue 13): three groups like "Hm7r-Kq4w-Tp2x" from an
 * alphabet without look-alikes (no 0/O, 1/l/I); upper, lower, digit and '-' satisfy the policy;
 * about 50 bits of randomness.
 */
export function randomPassword(): string {
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const lower = 'abcdefghijkmnpqrstuvwxyz';
  const digit = '23456789';
  const pick = (s: string) => s[randomInt(s.length)];
  const group = () => `${pick(upper)}${pick(lower)}${pick(digit)}${pick(lower)}`;
  return [group(), group(), group()].join('-');
}

async function ensureRoles(db: Db, now: Date) {
  const all = [...Object.values(ADMIN_ROLES), ...BUSINESS_ROLES];
  const existing = new Set((await db.select({ code: roles.code }).from(roles)).map((r) => r.code));
  const missing = all.filter((r) => !existing.has(r.code));
  if (missing.length) {
    await db
      .insert(roles)
      .values(
        missing.map((r) => ({ ...r, permissions: [...r.permissions], builtin: true, createdAt: now, updatedAt: now })),
      );
  }
}

export async function ensureSeed(db: Db, config: Config, now: Date): Promise<SeedReport> {
  await ensureRoles(db, now);
  const [{ n }] = await db.select({ n: count() }).from(organizations);
  if (n > 0) {
    if (config.demoPassword !== undefined) await applyDemoPassword(db, config.demoPassword, now);
    return { created: false, demo: false, accounts: [] };
  }
  const demo = config.demoSeed;
  const orgs = demo ? DEMO_ORGS : [PLATFORM_ORG];
  const people: SeedUser[] = demo
    ? DEMO_USERS
    : DEMO_USERS.filter((u) => u.role.endsWith('_admin')).map((u) => ({ ...u, org: 'platform' }));
  const shared = config.demoPassword;
  const passwords = people.map(() => shared ?? randomPassword());
  // argon2 runs on libuv's thread pool: hash in parallel, before the transaction (never inside it).
  const hashes = shared
    ? Array(people.length).fill(await hashPassword(shared))
    : await Promise.all(passwords.map(hashPassword));

  await db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const o of orgs) {
      const [row] = await tx
        .insert(organizations)
        .values({
          createdAt: now,
          updatedAt: now,
          code: o.code,
          name: o.name,
          nameEn: o.nameEn,
          roles: o.roles,
          kind: o.kind,
          parentId: o.parent ? ids.get(o.parent) : null,
        })
        .returning({ id: organizations.id });
      ids.set(o.code, row.id);
    }
    await tx.insert(users).values(
      people.map((u, i) => ({
        createdAt: now,
        updatedAt: now,
        username: u.username,
        displayName: u.displayName,
        orgId: ids.get(u.org)!,
        position: u.position,
        roleCodes: [u.role],
        passwordHash: hashes[i],
        passwordChangedAt: now,
        mustChangePassword: shared === undefined,
        isDemo: demo,
      })),
    );
    await appendAudit(
      tx,
      {
        action: 'system.seeded',
        outcome: 'success',
        actorUsername: 'system',
        detail: { demo, organizations: orgs.length, accounts: people.length },
      },
      now,
    );
  });

  const accounts = people.map((u, i) => ({
    username: u.username,
    password: passwords[i],
    note: u.note,
    org: orgs.find((o) => o.code === u.org)!.name,
  }));
  if (shared === undefined) writeAccountsFile(config.dataDir, accounts);
  return { created: true, demo, accounts };
}

/** DEMO_PASSWORD set on an existing install: every demo account takes it (tests and CI). */
async function applyDemoPassword(db: Db, password: string, now: Date) {
  const demoUsers = await db.select({ id: users.id }).from(users).where(eq(users.isDemo, true));
  if (demoUsers.length === 0) return;
  const hash = await hashPassword(password);
  await db
    .update(users)
    .set({
      passwordHash: hash,
      passwordChangedAt: now,
      mustChangePassword: false,
      failedAttempts: 0,
      lockedUntil: null,
    })
    .where(
      inArray(
        users.id,
        demoUsers.map((u) => u.id),
      ),
    );
}

function writeAccountsFile(dataDir: string, accounts: SeededAccount[]) {
  fs.mkdirSync(dataDir, { recursive: true });
  const lines = [
    '# GovIT initial accounts — one-time passwords, to be changed at first sign-in. Delete this file afterwards.',
    ...accounts.map((a) => `${a.username}\t${a.password}\t${a.org}\t${a.note}`),
  ];
  fs.writeFileSync(path.join(dataDir, 'initial-accounts.txt'), `${lines.join('\n')}\n`, { mode: 0o600 });
}
