import { eq } from 'drizzle-orm';
import { fields as fieldTable, fiscalYears, orgUnits, regions, users } from '../../db/schema/index';
import { fields } from '../catalog/fields';
import { departments, financeBureau } from '../catalog/org';
import { agencies, type ExpertEntry, experts } from '../catalog/people';
import type { SeedContext } from './types';

/** Experts employed outside the bureau and its departments get an external org node. */
export function isExternalExpert(e: ExpertEntry) {
  return e.orgType !== 'financeBureau' && e.orgType !== 'department';
}

/** The district's org tree: bureau, ~20 departments, 72 budget units, external agencies and expert orgs. */
async function seedOrg(s: SeedContext) {
  const { tx, regionCode } = s;
  await tx.insert(regions).values([
    { code: '420000', name: financeBureau.provinceName, level: 'province', parentCode: null },
    { code: '420100', name: financeBureau.cityName, level: 'city', parentCode: '420000' },
    { code: regionCode, name: financeBureau.regionName, level: 'district', parentCode: '420100' },
  ]);
  const [bureau] = await tx
    .insert(orgUnits)
    .values({ regionCode, kind: 'bureau', code: 'CZJ', name: financeBureau.name, shortName: financeBureau.shortName })
    .returning();
  s.orgIds.set('CZJ', bureau.id);
  for (const [i, d] of departments.entries()) {
    const [dept] = await tx
      .insert(orgUnits)
      .values({
        regionCode,
        kind: 'department',
        parentId: bureau.id,
        code: d.code,
        name: d.name,
        shortName: d.shortName,
        sort: i,
      })
      .returning();
    await tx.update(orgUnits).set({ departmentId: dept.id }).where(eq(orgUnits.id, dept.id));
    s.orgIds.set(d.code, dept.id);
    const rows = await tx
      .insert(orgUnits)
      .values(
        d.units.map((u, j) => ({
          regionCode,
          kind: 'budgetUnit' as const,
          parentId: dept.id,
          departmentId: dept.id,
          code: u.code,
          name: u.name,
          sort: j,
        })),
      )
      .returning({ id: orgUnits.id, code: orgUnits.code });
    for (const r of rows) s.orgIds.set(r.code, r.id);
  }
  const externals = [...agencies.map((a) => a.name), ...experts.filter(isExternalExpert).map((e) => e.org)];
  for (const [i, name] of [...new Set(externals)].entries()) {
    const code = `EXT${String(i + 1).padStart(3, '0')}`;
    const [row] = await tx
      .insert(orgUnits)
      .values({ regionCode, kind: 'external', parentId: bureau.id, code, name, sort: i })
      .returning();
    s.orgIds.set(name, row.id);
  }
  await tx
    .insert(fieldTable)
    .values(
      fields.map((f, i) => ({ regionCode, code: f.code, name: f.name, keywords: f.keywords.join(','), sort: i })),
    );
  await tx
    .insert(fiscalYears)
    .values([2024, 2025, 2026].map((year) => ({ regionCode, year, status: year < 2025 ? 'closed' : 'open' })));
}

/** Demo accounts: the eight named ones plus one account per department (d<code>) and per unit (u<code>). */
async function seedUsers(s: SeedContext) {
  const org = (code: string) => {
    const id = s.orgIds.get(code);
    if (!id) throw new Error(`demo org ${code} missing`);
    return id;
  };
  const education = departments.find((d) => d.code === '104') ?? departments[0];
  const other = departments.find((d) => d.code !== education.code && d.units.length > 1) ?? departments[1];
  const unit = education.units[1] ?? education.units[0];
  const unit2 = other.units[0];
  const expert = experts.find(isExternalExpert) ?? experts[0];
  const named = [
    { username: 'admin', displayName: '系统管理员', role: 'admin', orgId: org('CZJ') },
    { username: 'finance', displayName: '王晓丽', role: 'finance', orgId: org('CZJ') },
    { username: 'department', displayName: '李建国', role: 'department', orgId: org(education.code) },
    { username: 'unit', displayName: '张敏', role: 'unit', orgId: org(unit.code) },
    { username: 'unit2', displayName: '刘洋', role: 'unit', orgId: org(unit2.code) },
    { username: 'expert', displayName: expert.name, role: 'expert', orgId: org(expert.org) },
    { username: 'agency', displayName: '陈志远', role: 'agency', orgId: org(agencies[0].name) },
    { username: 'leader', displayName: '赵建华', role: 'leader', orgId: org('CZJ') },
  ] as const;
  const perOrg = departments.flatMap((d) => [
    {
      username: `d${d.code}`,
      displayName: `${d.shortName}绩效联络员`,
      role: 'department' as const,
      orgId: org(d.code),
    },
    ...d.units.map((u) => ({
      username: `u${u.code}`,
      displayName: `${u.name.slice(0, 12)}填报员`,
      role: 'unit' as const,
      orgId: org(u.code),
    })),
  ]);
  const all = [...named, ...perOrg];
  const rows = await s.tx
    .insert(users)
    .values(
      all.map((u) => ({ ...u, regionCode: s.regionCode, passwordHash: s.passwordHash, mustChangePassword: false })),
    )
    .returning({ id: users.id, username: users.username });
  for (const r of rows) s.userIds.set(r.username, r.id);
}

/** Foundation seeder: org tree, reference data and accounts. */
export async function seedFoundation(s: SeedContext) {
  await seedOrg(s);
  await seedUsers(s);
}
