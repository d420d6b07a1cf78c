import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { ROLE_LABELS } from '../../core/enums';
import { auditEvents, orgUnits, regions, users } from '../db/schema/index';
import { hashPassword } from '../platform/auth/password';
import type { Db } from '../platform/db/client';
import { financeBureau } from './catalog/org';
import { SEEDERS } from './seeders/index';
import { type SeedContext, seededRandom } from './seeders/types';

export const DEMO_REGION = financeBureau.regionCode;

/** The demo password: JIXIAO_DEMO_PASSWORD, else generated once and kept in the data dir so restarts print it again. */
function demoPassword(dataDir: string) {
  if (process.env.JIXIAO_DEMO_PASSWORD) return process.env.JIXIAO_DEMO_PASSWORD;
  const file = path.join(dataDir, 'demo-password.txt');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const alphabet = 'abcdefghijkmnpqrstuvwxyz';
  const word = Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('');
  const password = `Jx${word}${randomInt(100, 999)}!`;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/** Loads the demo district into an empty database (one transaction); returns the accounts to print. */
export async function seedDemo(db: Db, password: string) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const s: SeedContext = {
      tx,
      regionCode: DEMO_REGION,
      passwordHash,
      random: seededRandom(20251231),
      orgIds: new Map(),
      userIds: new Map(),
    };
    for (const seeder of SEEDERS) {
      const t0 = Date.now();
      await seeder.run(s);
      if (process.env.JIXIAO_SEED_TIMING) console.log(`[demo] ${seeder.name}: ${Date.now() - t0} ms`);
    }
    await tx.insert(auditEvents).values({
      regionCode: DEMO_REGION,
      entity: 'system',
      entityId: 'demo',
      action: 'create',
      reason: '载入演示数据（江岸区）',
    });
  });
}

/** On first start, loads the demo district; afterwards only reports the accounts. */
export async function ensureDemo(db: Db, dataDir: string) {
  if (process.env.JIXIAO_NO_DEMO === '1') return null;
  const password = demoPassword(dataDir);
  const [existing] = await db.select().from(regions).where(eq(regions.code, DEMO_REGION));
  if (!existing) await seedDemo(db, password);
  const accounts = await demoAccountList(db);
  return { regionName: financeBureau.regionName, password, accounts };
}

const NAMED = ['admin', 'finance', 'department', 'unit', 'unit2', 'expert', 'agency', 'leader'];

/** The named demo accounts with their role and org, read back from the database. */
async function demoAccountList(db: Db) {
  const rows = await db
    .select({ username: users.username, role: users.role, orgName: orgUnits.name })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgId))
    .where(inArray(users.username, NAMED));
  return NAMED.flatMap((name) => {
    const row = rows.find((r) => r.username === name);
    return row ? [{ username: name, label: `${ROLE_LABELS[row.role]} · ${row.orgName}` }] : [];
  });
}
