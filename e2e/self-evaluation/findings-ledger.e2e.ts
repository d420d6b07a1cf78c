import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

interface Suggestion {
  area: string;
  label: string;
  count: number;
  link: { path: string; query: Record<string, string | number> };
}

const statistic = (page: import('playwright-core').Page, id: string) =>
  page.getByTestId(id).locator('.ant-statistic-content-value').textContent();

describe('复核建议台账', () => {
  it("[REVIEW][LEDGER][DRILL]: a leader follows the cockpit's suggestions of an area and lands on exactly those suggestions", async () => {
    const leader = await apiAs('leader');
    const cockpit = await leader.get<{ suggestions: Suggestion[] }>('/api/dashboard/cockpit?year=2025');
    const area = cockpit.suggestions.find((s) => s.count > 0);
    if (!area) throw new Error('the demo cockpit has no suggestions by area');
    const { page, context } = await signIn('leader');
    await page.goto(`${BASE_URL}/analytics/cockpit?year=2025`);
    const number = page.getByTestId(`suggestions-${area.area}`);
    await number.waitFor();
    expect(await number.textContent()).toBe(String(area.count));
    await number.click();
    await page.waitForURL(/\/evaluation\/reviews\/findings\?/);
    await page.getByText('复核建议台账').first().waitFor();
    await expect.poll(() => statistic(page, 'findings-total')).toBe(String(area.count));
    // The filters the address named show in the bar, not the page defaults.
    await page.locator(`.ant-select-content[title="${area.label}"]`).waitFor();
    await page.locator('.ant-select-content[title="已采纳"]').waitFor();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(Math.min(area.count, 20));
    await context.close();
  });

  it('[REVIEW][LEDGER][EXPORT]: finance opens the ledger from the review list, filters accepted ones and downloads them as Excel', async () => {
    const finance = await apiAs('finance');
    const accepted = await finance.get<{ total: number }>('/api/reviews/findings?workYear=2025&status=accepted');
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/evaluation/reviews`);
    await page.getByRole('link', { name: '复核建议台账' }).click();
    await page.waitForURL(/\/evaluation\/reviews\/findings$/);
    await page.locator('.ant-select-content[title="2025年复核"]').waitFor();
    await page.locator('.ant-select').filter({ hasText: '状态' }).click();
    await page.locator('.ant-select-item-option[title="已采纳"]').click();
    await expect.poll(() => statistic(page, 'findings-total')).toBe(String(accepted.total));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('findings-export').click()]);
    expect(download.suggestedFilename()).toBe('复核建议台账.xlsx');
    const { readFile } = await import('node:fs/promises');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('复核建议台账');
    expect(ws?.rowCount).toBe(accepted.total + 1);
    await context.close();
  });

  it("[REVIEW][LEDGER][UNIT]: finance narrows the ledger to one unit and opens that unit's profile from a row", async () => {
    const finance = await apiAs('finance');
    const all = await finance.get<{ items: { unitId: number; unitName: string }[] }>(
      '/api/reviews/findings?workYear=2025&pageSize=1',
    );
    const unit = all.items[0];
    if (!unit) throw new Error('the demo 2025 review has no findings');
    const own = await finance.get<{ total: number }>(`/api/reviews/findings?workYear=2025&unitId=${unit.unitId}`);
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/evaluation/reviews/findings`);
    await page.locator('.ant-select').filter({ hasText: '预算单位' }).click();
    await page.keyboard.type(unit.unitName);
    await page.locator(`.ant-select-item-option[title="${unit.unitName}"]`).click();
    await expect.poll(() => statistic(page, 'findings-total')).toBe(String(own.total));
    await expect.poll(() => statistic(page, 'findings-units')).toBe('1');
    await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .first()
      .getByRole('link', { name: unit.unitName, exact: true })
      .click();
    await page.waitForURL(new RegExp(`/evaluation/reviews/units/${unit.unitId}$`));
    // Back from the profile: a (year, area) total of its accepted suggestions opens them in the ledger.
    const pivot = page.locator('.ant-card').filter({ hasText: '复核问题分布' }).locator('.ant-table-row').first();
    const total = pivot.locator('td').last().getByRole('link');
    const n = await total.textContent();
    await total.click();
    await page.waitForURL(/\/evaluation\/reviews\/findings\?/);
    await expect.poll(() => statistic(page, 'findings-total')).toBe(n);
    await context.close();
  });

  it("[REVIEW][LEDGER][BATCH]: a unit's total on the batch page opens that unit's accepted suggestions of the batch", async () => {
    const finance = await apiAs('finance');
    const [batch] = await finance.get<{ id: number; name: string }[]>('/api/reviews/batches?workYear=2025');
    const detail = await finance.get<{ stats: { perUnit: { unitName: string; suggestions: number }[] } }>(
      `/api/reviews/batches/${batch.id}`,
    );
    const first = detail.stats.perUnit[0];
    if (!first) throw new Error('the demo batch has no suggestions');
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/evaluation/reviews/${batch.id}`);
    const row = page.locator('.ant-table-row').filter({ hasText: first.unitName }).last();
    await row.getByRole('link', { name: String(first.suggestions), exact: true }).click();
    await page.waitForURL(/\/evaluation\/reviews\/findings\?/);
    await expect.poll(() => statistic(page, 'findings-total')).toBe(String(first.suggestions));
    expect(await page.getByTestId('findings-batch').textContent()).toContain(batch.name);
    await context.close();
  });

  it("[REVIEW][SAMPLES-XLSX]: finance downloads the batch's 复核结果汇总表, one row per sample", async () => {
    const finance = await apiAs('finance');
    const [batch] = await finance.get<{ id: number; name: string }[]>('/api/reviews/batches?workYear=2025');
    const detail = await finance.get<{ samples: unknown[] }>(`/api/reviews/batches/${batch.id}`);
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/evaluation/reviews/${batch.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('samples-export').click()]);
    expect(download.suggestedFilename()).toBe(`${batch.name}-自评复核结果汇总表.xlsx`);
    const { readFile } = await import('node:fs/promises');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('复核结果')?.rowCount).toBe(detail.samples.length + 1);
    await context.close();
  });

  it('[REVIEW][LEDGER][SEARCH]: finance searches the ledger by a word of the findings and gets what the API counts', async () => {
    const finance = await apiAs('finance');
    const found = await finance.get<{ total: number }>(
      `/api/reviews/findings?workYear=2025&keyword=${encodeURIComponent('满意度')}`,
    );
    expect(found.total).toBeGreaterThan(0);
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/evaluation/reviews/findings`);
    await page.getByPlaceholder('项目名称 / 编码 / 问题描述').fill('满意度');
    await page.keyboard.press('Enter');
    await expect.poll(() => statistic(page, 'findings-total')).toBe(String(found.total));
    await context.close();
  });
});
