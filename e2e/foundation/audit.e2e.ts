import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

interface OrgRow {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  sort: number;
  version: number;
}

describe('audit log', () => {
  it('[FOUNDATION][AUDIT]: an expanded row lists the changed fields in Chinese, the stored JSON on demand', async () => {
    const api = await apiAs('admin');
    const rename = async (org: OrgRow, name: string) =>
      api.put<OrgRow>(`/api/org/units/${org.id}`, {
        kind: 'department',
        parentId: null,
        code: org.code,
        name,
        shortName: org.shortName,
        sort: org.sort,
        active: true,
        version: org.version,
      });
    const [org] = await api.get<OrgRow[]>('/api/org/units?kind=department');
    const renamed = await rename(org, `${org.name}（审计）`);
    const { page, context } = await signIn('admin');
    try {
      await page.goto(`${BASE_URL}/system/audit`);
      const row = page.locator('tr.ant-table-row', { hasText: '机构' }).first();
      await row.locator('.ant-table-row-expand-icon').click();
      const changes = page.locator('.ant-table-expanded-row').first();
      await changes.getByRole('columnheader', { name: '修改前' }).waitFor();
      await changes.getByRole('cell', { name: '名称', exact: true }).waitFor();
      expect(await changes.getByRole('cell', { name: org.name, exact: true }).count()).toBe(1);
      expect(await changes.getByRole('cell', { name: renamed.name, exact: true }).count()).toBe(1);
      // Unchanged fields are not listed.
      expect(await changes.getByRole('cell', { name: '编码', exact: true }).count()).toBe(0);
      await changes.getByRole('button', { name: '原始数据' }).click();
      await expect.poll(async () => changes.locator('pre').textContent()).toContain('"修改前"');
    } finally {
      await context.close();
      await rename(renamed, org.name);
    }
  });
});
