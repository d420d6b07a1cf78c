import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

/** The template's header row filled with rows given by header → value. */
async function filled(template: Buffer, rows: Record<string, string | number>[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('projects', () => {
  it('[PROJECTS][IMPORT]: unit downloads the template, a bad row is reported per row, the fixed file imports and lists', async () => {
    const fields = await (await apiAs('unit')).get<{ code: string; name: string }[]>('/api/org/fields');
    const tag = Date.now().toString(36).toUpperCase();
    const row = (n: number, field: string) => ({
      年度: 2026,
      项目编码: `E2EIMP-${tag}-${n}`,
      项目名称: `E2E导入项目${tag}-${n}`,
      重点领域: field,
      预算类型: '一般公共预算',
      项目类型: '一次性项目',
      '新增/延续': '新增',
      '申报金额（万元）': '35.5',
    });

    const { page } = await signIn('unit');
    await page.goto(`${BASE_URL}/projects`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载导入模板' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('项目库导入模板.xlsx');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const template = await readFile(path);

    const upload = (buffer: Buffer) =>
      page.locator('input[type=file][accept=".xlsx"]').setInputFiles({
        name: '项目导入.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      });
    await upload(await filled(template, [row(1, fields[0].name), row(2, '星际旅行')]));
    const errors = page.getByRole('dialog', { name: /导入失败/ });
    await errors.getByText('重点领域“星际旅行”不存在').waitFor();
    await expect.poll(() => errors.getByRole('row', { name: /重点领域“星际旅行”不存在/ }).textContent()).toContain('3');
    await errors.getByRole('button', { name: /Close|关闭/ }).click();
    await expect.poll(async () => (await page.getByText(`E2E导入项目${tag}`).count()) === 0).toBe(true);

    await upload(await filled(template, [row(1, fields[0].name), row(2, fields[1].name)]));
    const done = page.getByRole('dialog').filter({ hasText: '已导入 2 个项目' });
    await done.getByText('导入的项目均为草稿').waitFor();
    await done.getByRole('button', { name: /知道了|OK|确\s*定/ }).click();
    await page.getByPlaceholder('项目名称 / 编码').fill(`E2EIMP-${tag}`);
    await page.getByPlaceholder('项目名称 / 编码').press('Enter');
    await page.getByText(`E2E导入项目${tag}-1`).waitFor();
    await page.getByText(`E2E导入项目${tag}-2`).waitFor();
    await expect
      .poll(() => page.getByRole('row', { name: new RegExp(`E2EIMP-${tag}-2`) }).textContent())
      .toContain('草稿');
  });
});
